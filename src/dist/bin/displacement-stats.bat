@echo off
rem displacement-stats: runs the command line tool with a Java 17 (or later) runtime, from JAVA_HOME or the PATH.
rem The first run records the classes the tool loads into a class-data sharing archive in
rem %LOCALAPPDATA%\displacement-stats (one training report, once); later runs map it. Set
rem DISPLACEMENT_STATS_CDS=off to run without it. JAVA_OPTS adds options of your own.
setlocal
set "HOME_DIR=%~dp0.."
set "JAR=%HOME_DIR%\lib\displacement-stats-cli.jar"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
set "OPTS=-Xlog:disable -Xlog:all=error:stderr"
if /I not "%~1"=="summarize" if /I not "%~1"=="generate-flows" set "OPTS=%OPTS% -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if /I "%DISPLACEMENT_STATS_CDS%"=="off" goto run
set "CACHE=%LOCALAPPDATA%\displacement-stats"
if not exist "%CACHE%" mkdir "%CACHE%" 2>nul
set "ARCHIVE=%CACHE%\displacement-stats-@project.version@.jsa"
if exist "%ARCHIVE%" goto map
echo displacement-stats: preparing a faster start-up for this Java (once)... 1>&2
"%JAVA%" %OPTS% -XX:ArchiveClassesAtExit="%ARCHIVE%" -jar "%JAR%" report --charts --draws 1000 --out "%CACHE%\training" >nul 2>&1
rmdir /s /q "%CACHE%\training" 2>nul
:map
if exist "%ARCHIVE%" set "OPTS=%OPTS% -XX:SharedArchiveFile=%ARCHIVE%"
:run
"%JAVA%" %OPTS% %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
