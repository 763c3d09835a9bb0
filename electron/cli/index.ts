import { parseArgs } from 'node:util'
import { describeError } from '../../shared/errors'
import { AppError } from '../../shared/errors'
import { addLogSink, setLogLevel, streamSink } from '../logging/logger'
import { commands } from './commands'

const usage = `用法：npm run cli -- <命令> [参数]

命令：
  demo [--out 目录]                 生成示范学校的学校文件、全部文档、表格和导出包（默认 out/demo）
  demo-small [--out 目录]           生成小规模学校模式的示范教学点（30 名学生、6 名教职工）及其成果（默认 out/demo-small）
  outputs <学校文件> --out 目录     为学校文件生成全部文档、表格和导出包
  verify <导出包.zip> [--json]      校验导出包，列出发现的全部问题
  info <学校文件>                   显示学校文件的基本信息
  verify-ledger <学校文件> [--json] 重新计算隐患台账的销号校验链，报告第一处断点；完整时退出码为 0，有断点为 1
  schema [--out 文件]               写出交换格式的 JSON Schema（默认 docs/exchange-format.schema.json）
  library-schema [--out 文件]       写出内置风险库的 JSON Schema（默认 docs/risk-library.schema.json）
  serve [--school 学校文件] [--out 目录] [--port 端口]
                                    在 127.0.0.1 上启动测试用的浏览器服务（需先 npm run build）
  import-risks <风险清单.xlsx> --school 学校文件 [--sheet 工作表] [--dry-run] [--json]
               [--answers 回答.json] [--mapping 列对应.json]
                                    从学校已有的 Excel 风险清单导入风险点、风险和管控措施。
                                    --dry-run 只解析并列出结果、提醒和待回答的问题，不写入；
                                    --answers 文件内容如 {"level-scheme": "by-colour"}；
                                    --mapping 文件内容如 {"hazard": "C", "level": "H"}（字段: 列字母）。
                                    仍有问题未回答时不导入，退出码为 3

  library export <文件.json>        把自定义风险库导出到文件，交给其他电脑导入
  library import <文件.json> [--replace]
                                    导入自定义风险库文件：同编号的条目替换，新编号的条目添加；
                                    --replace 用文件内容替换整个自定义风险库。文件有问题时列出全部问题，不作改动
  以上两个命令默认使用本软件在用户数据文件夹中的自定义风险库，--library 文件 可另行指定

通用参数：
  --verbose                         把日志输出到标准错误
`

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      school: { type: 'string' },
      port: { type: 'string' },
      json: { type: 'boolean', default: false },
      sheet: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      answers: { type: 'string' },
      mapping: { type: 'string' },
      library: { type: 'string' },
      replace: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })

  if (values.verbose) {
    setLogLevel('debug')
    addLogSink(streamSink((text) => process.stderr.write(text)))
  }

  const [name, ...rest] = positionals
  const command = name ? commands[name] : undefined
  if (values.help || !command) {
    process.stdout.write(usage)
    return values.help ? 0 : 2
  }

  return command({
    args: rest,
    out: values.out,
    school: values.school,
    port: values.port,
    json: values.json ?? false,
    sheet: values.sheet,
    dryRun: values['dry-run'] ?? false,
    answers: values.answers,
    mapping: values.mapping,
    library: values.library,
    replace: values.replace ?? false
  })
}

main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code
  })
  .catch((error: unknown) => {
    const text = error instanceof AppError ? describeError(error.data) : `${(error as Error).stack ?? String(error)}`
    process.stderr.write(`错误：${text}\n`)
    process.exitCode = 1
  })
