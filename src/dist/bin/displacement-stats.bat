@echo off
rem displacement-stats: runs the command line tool with a Java 17 (or later) runtime, from JAVA_HOME or the PATH.
rem The first run of a kind of command records the classes it loads into a class-data sharing archive in
rem %LOCALAPPDATA%\displacement-stats (a training run, once: a report, or a summary of a small generated log for
rem summarize and generate-flows); later runs map it. Set DISPLACEMENT_STATS_CDS=off to run without it. Commands
rem run on the client compiler (summarize: when FILE, right after the command, is below 1 GiB; import always,
rem where the sh launcher gives a file over 8 MiB the server compiler), short ones on the serial collector too, as
rem the sh launcher explains. JAVA_OPTS adds options of your own.
setlocal
set "HOME_DIR=%~dp0.."
set "JAR=%HOME_DIR%\lib\displacement-stats-cli.jar"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
set "OPTS=-Xlog:disable -Xlog:all=error:stderr"
set "KIND=report"
if /I "%~1"=="summarize" set "KIND=summarize"
if /I "%~1"=="generate-flows" set "KIND=summarize"
if "%KIND%"=="report" set "OPTS=%OPTS% -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if /I not "%~1"=="summarize" goto cds
if not exist "%~2" goto cds
set "LOGSIZE=%~z2"
if "%LOGSIZE%"=="" goto cds
if %LOGSIZE% LSS 1073741824 set "OPTS=%OPTS% -XX:TieredStopAtLevel=1"
:cds
if /I "%DISPLACEMENT_STATS_CDS%"=="off" goto run
set "CACHE=%LOCALAPPDATA%\displacement-stats"
if not exist "%CACHE%" mkdir "%CACHE%" 2>nul
set "ARCHIVE=%CACHE%\displacement-stats-@project.version@-%KIND%.jsa"
if exist "%ARCHIVE%" goto map
echo displacement-stats: preparing a faster start-up for this Java (once)... 1>&2
if not exist "%CACHE%\training" mkdir "%CACHE%\training" 2>nul
if "%KIND%"=="summarize" goto trainsummarize
"%JAVA%" %OPTS% -XX:ArchiveClassesAtExit="%ARCHIVE%" -jar "%JAR%" ^
  report --charts --draws 1000 --out "%CACHE%\training\report" >nul 2>&1
goto trained
:trainsummarize
"%JAVA%" -Xlog:disable -jar "%JAR%" ^
  generate-flows --rows 20000 --places 40 --seed 1 --out "%CACHE%\training\flows.csv" >nul 2>&1
"%JAVA%" %OPTS% -XX:ArchiveClassesAtExit="%ARCHIVE%" -jar "%JAR%" ^
  summarize "%CACHE%\training\flows.csv" --skip-bad-rows --out "%CACHE%\training\summary" >nul 2>&1
:trained
rmdir /s /q "%CACHE%\training" 2>nul
:map
if exist "%ARCHIVE%" set "OPTS=%OPTS% -XX:SharedArchiveFile=%ARCHIVE%"
:run
"%JAVA%" %OPTS% %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
