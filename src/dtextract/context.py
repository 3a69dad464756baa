"""Context for each figure: what it measures (subject), when (period) and where (location).

The article-level facts (publication date, the period phrases and places it
names) are found once per article; each figure then takes what governs it.
"""
from __future__ import annotations

import bisect
import functools
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TypeVar

import regex
from pydantic import BaseModel, ConfigDict

from . import lazyre, rxcache
from . import periods as _periods
from . import places as _places
from . import subjects as _subjects
from . import windows as _windows
from .structure import Structure
from .figures import CLASSIFIERS as _CLASSIFIERS, NOW_ADVERB, TIME_UNITS as _TIME_UNITS, _AND_GAP, _CONTINUES, _LETTER, \
    _PER_EACH, Draft, _people, _sentence_of, bullets_header as _bullets_header
from .models import Period
from .numerals import parse_digits, parse_words
from .patterns import PatternSet, match_timeout
from .patterns import backwards as _backwards

#: a headline that ranks a place against the whole country (`dẫn đầu cả nước`, `thứ 2 toàn quốc`)
_RANKED_IN_COUNTRY = lazyre.compile(r"(?:dẫn đầu|đứng đầu|nhất|thứ \w+|cuối bảng)\s+(?:của\s+)?(?:cả nước|toàn quốc)",
                                   regex.IGNORECASE)
#: an event of the whole country named in a headline (`Giải vô địch cờ vua trẻ toàn quốc`, `Giải Vô địch Đua thuyền
#: truyền thống quốc gia`, `Hội thi … toàn quốc`), and the results a headline gives of it (who leads, what a team won)
_NATIONAL_EVENT = lazyre.compile(r"(?<!\w)(?:giải|hội\s+thi|cuộc\s+thi|hội\s+thao|hội\s+diễn|liên\s+hoan|đại\s+hội)"
                                 r"(?:\s+[\p{L}\d-]+){0,8}?\s+(?:toàn\s+quốc|quốc\s+gia)(?!\w)", regex.IGNORECASE)
_EVENT_RESULT = lazyre.compile(r"(?<!\w)(?:dẫn\s+đầu|đứng\s+đầu|nhất\s+toàn\s+đoàn|giành|đoạt|xếp\s+thứ|bế\s+mạc|"
                               r"khép\s+lại|kết\s+thúc)(?!\w)", regex.IGNORECASE)
#: a colon right after a headline's place, then the figure (`Quảng Nam: `)
_COLON_THEN = lazyre.compile(r"[^\S\n]*:[^\S\n]*")
#: a Party paper's masthead (`Báo Cà Mau - Cơ quan của Đảng bộ … tỉnh Cà Mau`), in either case
_PAPER_MASTHEAD = lazyre.compile(r"\s*(?:Báo|BÁO)\s(?!(?i:cáo))")
#: a thing said to be one of so many of the country's, right before `cả nước` (`một trong 4 khu neo đậu … của `)
_ONE_OF_COUNTRY = lazyre.compile(r"(?<!\w)một\s+trong\s+(?:số\s+)?(?:\d+|các|những|hai|ba|bốn|năm)\s[^.;:\d]{0,80}?"
                                 r"(?:của|trên|trong|tại)?\s*$"
                                 # (or the rank of its kind in the country: `là khu Ramsar thứ 9 của Việt Nam`)
                                 r"|(?<!\w)(?:thứ\s+(?:\d+|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|đầu\s+tiên|duy\s+nhất)"
                                 r"\s+(?:của|trên|trong|tại)\s*$", regex.IGNORECASE)
#: a province's mention written with its level word (`tỉnh Hà Tĩnh`, `thành phố Cần Thơ`)
_PROVINCE_PREFIXED = lazyre.compile(r"(?:tỉnh|thành\s+phố|TP\.?)\s+\p{Lu}")
#: a province's own body, named before the province (`Chi cục Kiểm lâm tỉnh`, `Sở Nông nghiệp và PTNT tỉnh`)
_PROVINCIAL_BODY_OF = lazyre.compile(r"(?<!\w)(?:Chi\s+cục|Sở|Công\s+an|Bộ\s+Chỉ\s+huy|Ban\s+Quản\s+lý|Trung\s+tâm|"
                                     r"Hạt|Cục\s+Thuế|Cục\s+Hải\s+quan|Bảo\s+hiểm\s+xã\s+hội)"
                                     r"(?:\s+[^\s,;.()]+){0,6}?\s+$")
#: `tỉnh` as the doer of what a province does (`năm 2024 tỉnh đã bố trí 4,5 tỷ đồng`, `Tỉnh phấn đấu đến năm 2030 …`)
_PROVINCE_DOES = lazyre.compile(r"(?<!\w)[Tt]ỉnh\s+(?:đã|đang|sẽ|cũng|phấn\s+đấu|bố\s+trí|dự\s+kiến|tiếp\s+tục)(?!\w)")
#: the order a lead carries out, right before the national body that issued it (`Thực hiện Chỉ thị số 20/CT-TTg ngày
#: 8/6/2023 của `, `Triển khai Nghị quyết … của `)
_ORDER_CARRIED_OUT = lazyre.compile(r"(?<!\w)(?:thực\s+hiện|triển\s+khai|quán\s+triệt|căn\s+cứ)\s+(?:[^.;:\n]{0,40}?\s)?"
                                    r"(?:Chỉ\s+thị|Nghị\s+quyết|Quyết\s+định|Nghị\s+định|Thông\s+tư|Công\s+điện|Kết\s+luận|"
                                    # (or a scheme or programme it sets: `Thực hiện Đề án 06 của Chính phủ, …`)
                                    r"Đề\s+án|Chương\s+trình|Chiến\s+lược)"
                                    r"(?!\w)[^.;:\n]{0,100}?\s(?:của|do)\s+(?:Thủ\s+tướng\s+)?$", regex.IGNORECASE)
#: a headline that speaks of provinces in the plural (`Các tỉnh phía Bắc dẫn đầu …`, `Nhiều địa phương …`)
_PROVINCES_COMPARED = lazyre.compile(r"(?<!\w)(?:các|nhiều|những|\d+)\s+(?:tỉnh|địa\s+phương|tỉnh,\s*thành(?:\s+phố)?)(?!\w)",
                                     regex.IGNORECASE)
#: a headline that ranks a place (`Đà Nẵng giữ vị trí dẫn đầu`), over an opening that a ministry speaks
_RANKED = lazyre.compile(r"(?<!\w)(?:dẫn đầu|đứng đầu|vị trí (?:số \d+|thứ \w+|dẫn đầu)|xếp thứ \w+|top \d+)(?!\w)",
                        regex.IGNORECASE)
#: after a dash: not the second part of a name whose first part ends right before it (`Cái Mép - Thị Vải`)
_NOT_IN_A_NAME = r"(?!(?<=(?<!\w)\p{Lu}\p{Ll}*\s[-–]\s)\p{Lu}\p{Ll}*\s\p{Lu})"
#: (not the decimal comma of 4,7, nor the colon inside a code or a time, `QCVN 08:2023/BTNMT`, `8:30`; not the dash
#: between lower-case words, `kinh tế - xã hội`, nor the one that joins the two parts of a name, `cảng Cái Mép - Thị
#: Vải`, `Bà Rịa - Vũng Tàu`)
_CLAUSE_BREAK = lazyre.compile(r"[;(\[)\]“”\"]|(?<!\d):|:(?!\d)|(?<!\d),|,(?!\d)|(?<!\p{Ll})\s[-–]\s|\s[-–]\s(?!\p{Ll})"
                               + _NOT_IN_A_NAME)
#: `Một số địa phương có kết quả tốt như Bắc Ninh hoàn thành 9.820 căn`: what stands before `<adjective> như` describes
#: the set the items are examples of, not what an item counts
_SUCH_AS = lazyre.compile(r"^.*(?<!\w)(?:tốt|cao|thấp|lớn|nhỏ|nhiều|ít|nổi bật|điển hình|tiêu biểu|khá|mạnh|nhanh|chậm)"
                         r"\s+như\s+(?=\S)(?!(?i:xã|phường|thị\s+trấn|thôn|bản|ấp|huyện|quận|thị\s+xã|tỉnh|thành\s+phố)\s+\p{Lu})",
                         regex.IGNORECASE | regex.DOTALL)
#: `số vụ giảm 9 vụ nhưng chiều dài sạt lở tăng 312 mét`: a contrast opens a clause with a subject of its own
_BUT = lazyre.compile(r"^(?:.*\s)?(?:nhưng|song(?!\s+(?:song|ngữ|hành|phương|sinh)(?!\w))|tuy\s+nhiên,?)\s+", regex.DOTALL)
#: a word of a listed item's own name: no verb, preposition or purpose of its own
_ITEM_WORD = r"(?!(?:để|cho|của|tại|ở|với|từ|được|bị|đã|là|trong|theo)(?!\w))[^\s\d,;:.()]+"
#: a figure's words, `và`, the next figure of the same kind, and a passive that ends their clause (`lúa và 120 ha rau
#: màu bị ngập`): the passive is said of both
_SHARED_PREDICATE = lazyre.compile(
    # (each word after a space or a comma, so that a run of words splits one way only)
    r"(?:(?:[^\S\n]+|[^\S\n]*,[^\S\n]*)" + _ITEM_WORD + r"){0,8}?[^\S\n]+và[^\S\n]+"
    r"(?:(?:gần|hơn|khoảng|trên)[^\S\n]+)?\d[\d.,]*[^\S\n]*" + _ITEM_WORD + r"(?:[^\S\n]+" + _ITEM_WORD + r"){0,7}?"
    r"[^\S\n](?<!(?:thiết|chuẩn|trang|dự|phòng)[^\S\n])"
    r"(?P<pred>(?:đã[^\S\n]+)?(?:bị|được)[^\S\n]+[^\d,;:.()\n]{1,60}?)[^\S\n]*(?=[,;:.()\n]|$)", regex.IGNORECASE)
_PASSIVE_WORD = lazyre.compile(r"(?<!\w)(?:bị|được)(?!\w)", regex.IGNORECASE)
#: the verb a predicate said of parallel shares opens with (a closed class: no word that goes on a noun)
_SHARED_VERB = lazyre.compile(r"(?:đã\s+|đều\s+|không\s+|chưa\s+)?(?:thực\s+hiện|hoàn\s+thành|đạt|có|tham\s+gia|sử\s+dụng|được|"
                              r"bị|chấp\s+hành|đăng\s+ký|ký|áp\s+dụng|tổ\s+chức|xếp\s+loại|hài\s+lòng|đồng\s+ý|"
                              r"cho\s+rằng|duy\s+trì|giữ\s+vững|triển\s+khai|ứng\s+dụng|kết\s+nối|thanh\s+toán)(?!\w)",
                              regex.IGNORECASE)
#: a share's noun, `và`, the next share and its words up to the clause's end (`đám cưới và 99% đám tang thực hiện nếp
#: sống văn minh`)
_TWO_SHARES = lazyre.compile(r"[^\S\n]+(?P<own>\p{Ll}+(?:[^\S\n]+\p{Ll}+){0,2})[^\S\n]+và[^\S\n]+"
                             r"(?:(?:gần|hơn|khoảng|trên)[^\S\n]+)?\d[\d.,]*[^\S\n]*%[^\S\n]+"
                             r"(?P<other>\p{Ll}+(?:[^\S\n]+\p{Ll}+){1,14})[^\S\n]*(?=[,;:.()\n]|$)")
#: the start of a level a change went from (`từ `, `từ 2.006,79 đồng/kWh lên `, `từ 1.200 hộ xuống còn `) at a
#: clause's end
_FROM_TO_BEFORE = lazyre.compile(r"(?:^|(?<=\s))từ\s+(?:mức\s+)?"
                                r"(?P<to>\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?(?:\s+[^\s\d,;:()]+){0,2}?"
                                r"\s+(?:lên|xuống|còn)(?:\s+(?:còn|mức))*\s*)?$", regex.IGNORECASE)
#: how much a change verb says it changed, no object of it (`giảm mạnh nhất, từ 24 vụ xuống còn 13 vụ`)
_DEGREE_ONLY = lazyre.compile(r"\s*(?:(?:mạnh(?:\s+mẽ)?|nhẹ|đáng\s+kể|sâu|nhiều|ít|nhanh|chậm|rõ\s+rệt|đột\s+biến|vọt|"
                             r"đều)(?:\s+nhất)?\s*)*", regex.IGNORECASE)
#: the end of a list of places whose figures follow `lần lượt` (`thành phố Nam Định và huyện Xuân Trường lần lượt xếp
#: thứ 3 và 4`): each is an item with its own figure, no place a later `huyện` speaks of
_RESPECTIVE_ITEM = lazyre.compile(r"(?:[^\S\n]*(?:,|và)[^\S\n]*"
                                 r"(?:(?:huyện|thành\s+phố|thị\s+xã|quận|tỉnh|TP\.?)[^\S\n]+)?"
                                 r"\p{Lu}\p{L}*(?:[^\S\n]+\p{Lu}\p{L}*){0,3})*"
                                 r"[^\S\n]+(?:đều[^\S\n]+)?lần[^\S\n]+lượt(?!\w)")
#: a proper name's first two words (`Bộ Công Thương`, `Hà Nội`)
_NAME_OPENS = lazyre.compile(r"\p{Lu}\p{Ll}*\s+\p{Lu}")
#: the clause before a growth rate of one measure (subjects.ASPECT_AFTER): what grew, its verb, and the rates of its
#: other measures said before (`… tăng 62,5% về số lượng và `)
_GROWN_BY_ASPECT = lazyre.compile(r"^(?P<what>\S.*?)\s+(?:đã\s+|đều\s+|cũng\s+)?(?:tăng|giảm)(?:\s+(?:lần\s+lượt|tương\s+ứng|"
                                 r"khoảng|gần|hơn|trên|mạnh))*\s*(?:\d[\d.,]*\s*%\s*về\s+[\p{L}\s]+?(?:,|\s+và)\s*)*$",
                                 regex.IGNORECASE | regex.DOTALL)
#: a bare rate after `với` at the end of a clause that says what it is of (`Cổ tức … được chi trả bằng tiền với tỷ
#: lệ `)
_WITH_RATE = lazyre.compile(r"^(?P<what>.+?)\s+với\s+(?P<rate>(?:tỷ|tỉ)\s+lệ)(?:\s+(?:là|đạt|khoảng|gần|hơn|trên))?\s*$",
                           regex.IGNORECASE | regex.DOTALL)
#: a verb of handling goods at the end of the words before an amount of them (`Công an tỉnh tạm giữ`, `khai thác`,
#: `các nhà máy đã ép`)
_HANDLED_BY = lazyre.compile(r"(?<!\w)(?P<v>(?:khai\s+thác|tịch\s+thu|tạm\s+giữ|thu\s+giữ|bắt\s+giữ|xuất\s+cấp|thu\s+hoạch|"
                            r"tiêu\s+hủy|thu\s+gom|nạo\s+vét|vận\s+chuyển|nhập\s+khẩu|xuất\s+khẩu|"
                            # (a mill's or a trader's: `đã ép 1.482.600 tấn mía`, `thu mua 12.000 tấn cà phê`)
                            r"ép|thu\s+mua|tiêu\s+thụ|sản\s+xuất|chế\s+biến)"
                            r"(?:\s+(?:không\s+thu\s+tiền|trái\s+phép|thêm|được))?)\s*$", regex.IGNORECASE)
#: the level a change led to, alone in its clause (`, lên `, `, xuống còn `)
_UP_TO_BEFORE = lazyre.compile(r"^\s*(?:lên|xuống)(?:\s+(?:còn|mức|đến|tới))*\s*$", regex.IGNORECASE)
#: the level a change went to, after the one it went from (`… lên 2.103,11`)
_TO_AFTER = lazyre.compile(r"(?:/[^\s,;()]+)?[^\S\n]*(?:lên|xuống|còn)(?:[^\S\n]+(?:còn|mức))*[^\S\n]+\d",
                          regex.IGNORECASE)
#: the change verb (and what follows it) after the name of what changed: `Giá điện bình quân| tăng 4,8%`
_CHANGE_VERB_TAIL = lazyre.compile(r"\s(?:(?:được\s+)?điều\s+chỉnh\s+)?(?:tăng|giảm)(?!\w)"
                                  r"(?P<rest>(?:[^,;:]|(?<=\d),(?=\d))*)$", regex.IGNORECASE)
#: the claim's `đạt` (not that of `tỷ lệ không đạt`, the rate of those that fail) and `bằng` (not that of `mặt bằng`, the
#: site; `văn bằng`, a diploma; `đồng bằng`, the plain), as the clause tails below read them
_CLAIM_REACHES = r"(?<!(?:tỷ|tỉ)\s+lệ\s+không\s)đạt"
_CLAIM_EQUALS = r"(?<!(?:mặt|văn|đồng)\s)(?-i:bằng)"
_COPULA = lazyre.compile(
    # (a negated comparative first, read back from the end as one bound: `không cao hơn`, not `hơn` alone)
    r"(?:\s+(?:không\s+(?:quá|dưới|vượt(?:\s+quá)?|(?:cao|lớn|nhiều|thấp|nhỏ|ít)\s+hơn)|"
    r"ước tính|ước đạt|ước|dự kiến|" + _CLAIM_REACHES + r"|là|chiếm|" + _CLAIM_EQUALS + r"|có|với|bao\s+gồm|"
    r"(?<!(?<!\S)bao\s)gồm|khoảng|gần|hơn|trên|dưới|xấp xỉ|tối thiểu|tối đa|ít nhất|(?<!(?:đóng|trồng|xây|cấp|thành\s+lập|tuyển|kết\s+nạp|mở)\s)mới|đến|(?<!trở\s)lên|được|tới|"
    r"tổng cộng|trung bình|cho|tại|với|chiếm|đóng góp|"
    r"(?<!giá\s+trị\s+gia\s)tăng|(?<!(?:cắt|tinh|miễn)\s)giảm|còn|(?<!trở\s)xuống|hiện có|hiện nay|(?<!(?:thực|phát|xuất|thể)\s)hiện|"
    r"(?<!(?:chứng|địa|ba)\s)chỉ|đều|vẫn|cũng|lần lượt))+\s*$",
    regex.IGNORECASE)  # (`GRDP ước tăng 6,8%`, `hộ nghèo giảm còn 0,12%`; not `thuế giá trị gia tăng`, VAT, a noun;
#   `Lượng khách lần lượt đạt 1,2 triệu lượt và …`; `bao gồm` goes whole or not at all, never leaving `bao`)
_HEAD = lazyre.compile(r"^(?:tổng số lượng|tổng số|số lượng|số)\s+", regex.IGNORECASE)
_INDICATOR = lazyre.compile(r"^(?:tổng số|số lượng|tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|tổng giá trị|giá trị|tổng|doanh thu|"
                           r"kim ngạch|số|chỉ số|thu nhập|mức)\b", regex.IGNORECASE)
_LEAD = lazyre.compile(r"^(?:"
                      # a source tag at the head of a lead (`(Báo Bình Định) -`, `MOIT) -`, `Cổng TTĐT huyện X - 14/07/2023 -`)
                      r"\((?=[^()\n]{0,60}\))[^()\n]*?\p{L}[^()\n]*\)\s*(?:[-–]\s*)?|(?=[^\s()]{2,20}\))[^\s()]*?\p{L}[^\s()]*\)\s*[-–]\s*|"
                      r"(?:cổng|báo(?!\s+cáo)|trang|đài|tạp chí)(?!\w)[^-–\n\d]{0,60}?\s[-–]\s*(?:\d{1,2}/\d{1,2}/\d{2,4}\s*[-–]\s*)?|"
                      # a day at the head of a clause (`Ngày 21/4/2024,`, `Đến 17 giờ ngày 27/10,`)
                      r"(?:(?:đến|tính đến)\s+(?:\d{1,2}\s+giờ\s+)?)?ngày\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*,|"
                      r"theo đó|theo [^,\d]{1,80},|(?:tiếp (?:đến|theo)|kế (?:đến|tiếp)|theo sau)(?: là)?(?!\w)|thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười),|đặc biệt|cụ thể|trong đó|trong số(?: đó| này| trên)?,?|(?:trong )?thời gian tới,?|đến nay|hiện nay|hiện tại|ngoài ra|bên cạnh đó|"
                      # (`hiện` alone, now, opening what it is said of: `Hiện khu có 74 hộ`, `Hiện trên địa bàn có 12
                      # cửa khẩu`; not the word it begins, `hiện trạng`, `hiện vật`)
                      r"hiện(?=\s)(?!\s+(?:trạng|đại|vật|tượng|hành|thực|diện|ra|lên|hữu)(?!\w))|"
                      r"đồng thời|tính đến[^,]*|trong[^,]{0,30}năm \d{4}|năm \d{4}|và|nhưng|còn|riêng|với|có|lần lượt(?: là)?|tương ứng(?: là)?|"
                      r"(?:toàn|cả) (?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn)(?!\w)|toàn quốc|cả nước|trên địa bàn(?: tỉnh| huyện)?|ước tính|ước|"
                      # a plan's cue and its horizon say when and how sure, not what is counted (`phấn đấu đến cuối
                      # năm 2024 toàn tỉnh có 205 HTX`)
                      # (and a goal said with its horizon: `mục tiêu đến năm 2030 cả nước có khoảng 30.000 luật sư`)
                      r"dự kiến|phấn đấu|bảo đảm|đảm bảo|mục tiêu(?=\s+(?:đến|tới|năm|giai đoạn)\s)|(?:tính )?đến (?:hết |cuối )?năm \d{4})"
                      # (a whole word: not the `có` of `cói`, the `và` of `vàng`)
                      r"(?:(?<=\W)|(?!\w))[\s,]*",
                      regex.IGNORECASE)
_TIME = lazyre.compile(r"(?:\s*(?:đến hết|tính đến|đến|trong(?:\s+cả)?|từ|vào|cả|suốt)?\s*(?:(?:đầu|cuối|giữa)\s*)?"
                      r"(?:\d+|sáu|chín)?\s*(?:tháng|quý|năm)(?:\s+(?:đầu|cuối))?(?:\s+năm)?(?:\s*[\dIV/]+)*"
                      # `Giải ngân vốn đầu tư công đến ngày 30/9/2025 đạt …`: a day, after the word that makes it a time
                      r"|\s*(?:đến hết|tính đến|đến|từ|vào)\s+(?:(?:đầu|cuối|giữa|hết)\s+)?ngày(?:\s*[\d/.-]+)?"
                      # `Nợ thuế tại thời điểm 30/6/2023 là …`: the moment a stock is counted at
                      r"|\s*(?:(?:tại|vào)\s+)?thời\s+điểm(?:\s+ngày)?(?:\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?)\s*$",
                      regex.IGNORECASE)
#: how many words the thing a size is of may have before a coordinated last one is taken for it
_DIMENSION_THING_WORDS = 8
#: the last preposition of place in a phrase, after which the thing it ends with is named (`Dự án được xây dựng trên khu đất`)
_LAST_PREPOSITION = lazyre.compile(r".*(?<!\p{L})(?:trên|tại|dọc(?:\s+theo)?)\s+", regex.IGNORECASE | regex.DOTALL)
#: what sets a size said alone aside, right before it: a bracket (`tuyến biển … (dài khoảng 30 km)`) or a comma after a
#: count (`có 9 bãi tắm, dài khoảng 7,2 km`)
_SIZE_ASIDE_OPENS = lazyre.compile(r"[(,]\s*\Z")
#: the words of what a count counted, up to the comma a size said alone follows (`9 bãi| tắm|, dài`)
_COUNTED_WORDS = lazyre.compile(r"(?:[^\S\n]+\p{L}+){0,4}[^\S\n]*")
#: how many words the thing a bracketed size follows may have (a stretch from one place to another)
_SIZED_THING_WORDS = 12
#: the words of a period phrase before its number, at the end of what precedes it (`… hộ nghèo trong năm`)
_PERIOD_OPENING = lazyre.compile(r"(?:\s+(?:trong|vào|đến|đến hết|tính đến|từ))?\s+(?:năm|tháng|quý|ngày)\s*$",
                                regex.IGNORECASE)
#: between a place and a figure in the bracket after it (`Hải Phòng (tăng 9,1%)`, `tỉnh Cà Mau (sản lượng qua các cảng
#: cá 10 tháng khoảng 41.700 tấn)`)
_OWN_BRACKET = lazyre.compile(r"(?:\s+\p{Ll}+){0,2}\s*\([^()]{0,100}")   # (`tỉnh Nam Định lân cận (…`)
#: a relative clause that describes the place before it (`tỉnh Nghệ An, nơi …`), and what ends it
_OWN_RELATIVE = lazyre.compile(r"\s*(?:lân\s+cận\s*)?,\s*nơi(?!\w)", regex.IGNORECASE)
_RELATIVE_ENDS = lazyre.compile(r"[;.]\s|\)|,\s*(?:còn|trong\s+khi|thì)(?!\w)")
#: what stands before a place named to compare with: `sau`, `so với`, `hơn`, and the items listed before it
#: (and the like things of that place: `thấp hơn khoảng 30% so với các cơ sở tương tự ở TP Hồ Chí Minh`)
_COMPARED_BEFORE = lazyre.compile(r"(?<!\w)(?:chỉ\s+)?(?:sau|so\s+với(?:\s+[^,;.()\d]{1,40}?\s+(?:ở|tại|của))?|vượt|"
                                 # (`như` in lower case: a name opens with `Như`, `KCN Như Quỳnh A, huyện Văn Lâm`)
                                 r"(?-i:như)|"
                                 # (not `hơn` before a count in words, which it rounds: `Hơn ba chục hộ ở xã Bình Minh,
                                 # huyện Trảng Bom`)
                                 r"hơn(?!\s+(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|chục|trăm|nghìn|ngàn|triệu|tỷ|"
                                 r"nửa)(?!\w))|"
                                 # (`kém` of a quality is no comparison: `đất lúa kém hiệu quả`)
                                 r"kém(?!\s+(?:hiệu\s+quả|chất\s+lượng|năng\s+suất|màu\s+mỡ|phát\s+triển)(?!\w)))\s+"
                                 r"(?:(?:các\s+)?(?:tỉnh|thành\s+phố|"
                                 r"TP\.?|địa\s+phương)\s+)?(?:[^,;.()\d]{1,40}?(?:,|\s+và)\s+){0,4}$",
                                 regex.IGNORECASE)
#: a place a sentence sets aside as it opens (`Ngoài Lâm Đồng, Cao Bằng hiện có 3.100 ha dâu`): besides it, another is
#: spoken of (not `ngoài ra`, `ngoài tỉnh`)
_BESIDES_BEFORE = lazyre.compile(r"(?<![\w,]\s)(?<!\w)(?-i:Ngoài|Bên\s+cạnh)\s+(?:(?:tỉnh|thành\s+phố|TP\.?|huyện|thị\s+xã)\s+)?"
                                r"(?:[^,;.()\d]{1,40}?\s+và\s+){0,3}$")
#: a place set outside what is counted (`58% nằm ngoài Hà Nội và TP HCM`, `tại các tỉnh ngoài Hà Nội`), or the one a
#: share of the same thing is measured against (`chỉ bằng 40-50% ở Hà Nội, TP HCM`): not the place the figure is of
_OUTSIDE_BEFORE = lazyre.compile(r"(?<!\w)(?-i:ngoài|bằng\s+(?:khoảng\s+)?\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*%\s+(?:ở|tại|của))"
                                r"\s+(?:(?:các\s+)?(?:tỉnh|thành\s+phố|TP\.?|huyện|địa\s+bàn)\s+)?"
                                r"(?:[^,;.()\d]{1,40}?(?:,|\s+và)\s+){0,3}$")
#: the whole a share is of, right before the place that has it (`chiếm 71% diện tích ca cao toàn tỉnh `, `chiếm khoảng 65%
#: tổng đàn bò sữa của thành phố `): the place the share is measured against, not the one it is of (but the country's:
#: `Trung Quốc chiếm hơn 98% giá trị xuất khẩu tôm hùm của Việt Nam` is a share of the country's exports)
_SHARE_BASE_BEFORE = lazyre.compile(r"(?<!\w)chiếm\s+(?:(?:khoảng|gần|hơn|trên|xấp\s+xỉ)\s+)?\d[\d.,]*\s*%"
                                    r"[^.;:()\d]{0,50}?(?:của|toàn|cả)\s+(?:(?:tỉnh|thành\s+phố|TP\.?)\s+)?$", regex.IGNORECASE)
#: a place below a province said by its level word alone (`toàn huyện`, `của huyện`, `trên địa bàn thị xã`; not `xã hội`)
_LOWER_LEVEL_SAID = lazyre.compile(r"(?<!\w)(?i:huyện|thị\s+xã|quận|xã(?![^\S\n]+hội)|phường|thị\s+trấn|thành\s+phố)(?![^\S\n]*\p{Lu})(?!\w)")
#: a place named as the field a rank or a superlative is within (`lớn nhất tỉnh Đắk Lắk`, `xếp thứ 3 trong tỉnh Đắk Lắk`,
#: `dẫn đầu tỉnh Quảng Ninh`): the place ranked is another
_DOMAIN_BEFORE = lazyre.compile(r"(?<!\w)(?:nhất|thứ\s+(?:\d+|nhất|nhì|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|dẫn\s+đầu|đứng\s+đầu|"
                               r"(?:top|tốp)\s+\d+)\s+(?:(?:trong|của|toàn|cả|trên\s+địa\s+bàn)\s+)?$", regex.IGNORECASE)
#: `như` that gives examples of a set (`các tỉnh … như`, `cao như`), up to the place, and what may stand between an
#: example and its own number
_SUCH_AS_BEFORE = lazyre.compile(r"(?<!\w)như\s+(?:(?:các\s+)?(?:tỉnh|thành\s+phố|TP\.?|huyện|thị\s+xã|địa\s+phương)\s+)?"
                                r"(?:[^,;.()\d]{1,40}?(?:,|\s+và)\s+){0,4}$", regex.IGNORECASE)
_ITEM_NUMBER_GAP = lazyre.compile(r"\s*(?:[:(]\s*)?(?:\p{Ll}+\s+){0,3}")
#: a person named before the place (`Anh Rơ Châm Thuyên (…, huyện Ia Grai)`, `Ông Nguyễn Văn Bảy, ở xã Vĩnh An, huyện Châu
#: Thành`), or the people of the place (`Người dân xã Phúc Xuân, huyện Đại Từ cho biết,`), and from the place to a figure
#: in what they say
_SPEAKER_BEFORE = lazyre.compile(r"(?:(?<!\w)(?:Ông|Bà|Anh|Chị|Cô|Chú|Em|ông|bà|anh|chị)\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,4}"
                                r"|(?<!\w)(?:[Nn]gười|[Nn]ông|[Nn]gư|[Dd]iêm|[Hh]ộ)\s+dân|(?<!\w)[Bb]à\s+con)"
                                r"[^.;:\"“”]{0,60}$")
#: a sentence that opens with a person (`Ông Rơ Mah Blơi ở …`, `Gia đình chị Lan ở …`)
_PERSON_OPENS = lazyre.compile(r"[^\S\n]*(?:[Gg]ia\s+đình\s+)?(?:Ông|Bà|Anh|Chị|Cô|Chú|ông|bà|anh|chị)\s+\p{Lu}")
#: the verbs that introduce what a speaker says (those both a colon and a comma set off)
_SAYS = r"cho\s+biết|chia\s+sẻ|khẳng\s+định|nhấn\s+mạnh|thông\s+tin"
_SPEAKER_QUOTE = lazyre.compile(r"\)?\s*,?[^.;:\"“”\n]{0,40}?(?<!\w)(?:" + _SAYS + r"|nói|kể|cho\s+hay|bày\s+tỏ|phấn\s+khởi|"
                               r"vui\s+mừng|tâm\s+sự|cho\s+rằng|trao\s+đổi)\s*:\s*[\"“][^\"“”\n]*"
                               # (or told in the speaker's words without quotes: `Anh Nghĩa ở ấp 2, xã Tân Phú Thạnh
                               # (huyện Châu Thành A) cho biết, sau khi chuyển 1,2 ha lúa …`)
                               # (the place an aside gives: `Ông Phúc, ngụ xã Phú Thuận (Thoại Sơn), cho biết gia …`)
                               r"|\)?\s*,?\s*(?:" + _SAYS + r"|cho\s+hay)\s*,?\s*[^\"“”\n]*")
#: an authority that recognises or decides (`9 làng nghề được UBND tỉnh Ninh Bình công nhận`, `theo Quyết định số 215/QĐ-UBND
#: ngày 5/2/2024 của UBND tỉnh An Giang`), or that is asked to (`UBND huyện đã đề xuất UBND tỉnh Quảng Nam đầu tư 3 khu tái
#: định cư`): the issuer's place is not where the figures are
_AUTHORITY_BEFORE = lazyre.compile(r"(?:(?<!\w)(?:được|bởi|(?:đề\s+xuất|đề\s+nghị|kiến\s+nghị)(?:\s+(?:với|lên))?)|(?<!\w)(?:Quyết\s+định|Nghị\s+quyết|Công\s+văn|Kế\s+hoạch|Thông\s+báo|"
                                  r"Chỉ\s+thị)\s+(?:số\s+)?[\w/.\-]*(?:\s+ngày\s+[\d/.\-]+)?\s+của)\s+(?:Chủ\s+tịch\s+)?"
                                  r"(?:UBND|Ủy\s+ban\s+nhân\s+dân|HĐND|Hội\s+đồng\s+nhân\s+dân"
                                  # (`được Hội CCB tỉnh An Giang xếp thứ 2`: an association or a board that ranks or awards)
                                  r"|(?<=(?:được|bởi)\s+)(?:Hội|Ban)\s+[^\s,;.()]+(?:\s+[^\s,;.()]+){0,4}?)\s+$")
#: a partner's place (`huyện đã phối hợp với Trung tâm Dịch vụ đấu giá tài sản tỉnh Thái Bình tổ chức 14 phiên`): the
#: work is the one's who works with it
_WORKS_WITH_WORDS = r"phối\s+hợp\s+(?:với|cùng)|hợp\s+tác\s+với|liên\s+kết\s+với|cùng\s+với"
_NEIGHBOUR_WORDS = r"giáp\s+ranh(?:\s+với)?|(?:tiếp\s+)?giáp\s+với"
_PARTNER_BEFORE = lazyre.compile(r"(?<!\w)(?:" + _WORKS_WITH_WORDS + "|"
                                # (a neighbour: `tranh chấp tại khu vực giáp ranh với huyện Ea Kar`)
                                + _NEIGHBOUR_WORDS + r")\s+[^,;.()\d]{0,60}$", regex.IGNORECASE)
#: a neighbour named right before (`tuyến biển từ Nam Ô đến giáp ranh Quảng Nam (dài khoảng 30 km)`): a bracket after it
#: says what the stretch up to the border is, not what the neighbour is
_NEIGHBOUR_BEFORE = lazyre.compile(r"(?<!\w)(?:" + _NEIGHBOUR_WORDS + r")\s+(?:(?:tỉnh|huyện|thành\s+phố|thị\s+xã|TP\.?)\s+)?$",
                                   regex.IGNORECASE)
#: where the things counted are spread (`tập trung ở Phú Yên, Khánh Hòa, Ninh Thuận và `), up to a place of the list
_SPREAD_OVER_BEFORE = lazyre.compile(r"(?<!\w)(?:tập\s+trung|phân\s+bố)(?:\s+(?:chủ\s+yếu|nhiều(?:\s+nhất)?|chính))?\s+"
                                     r"(?:ở|tại)\s+(?:(?:các|những)\s+)?(?:(?:tỉnh|thành\s+phố|huyện|địa\s+phương)\s+)?"
                                     r"(?:[^,;.()\d]{1,40}?(?:,|\s+và)\s+){0,8}$", regex.IGNORECASE)
#: where most of what a sentence counts is, said before a place of its list (`tập trung chủ yếu ở quận Ninh Kiều`, `tập
#: trung tại quận Hoàng Mai, các huyện Thanh Trì`), in the same clause
_SPREAD_IN_LEAD = lazyre.compile(r"(?<!\w)(?:tập\s+trung|phân\s+bố)(?:\s+(?:chủ\s+yếu|nhiều(?:\s+nhất)?|chính))?\s+"
                                 r"(?:ở|tại)\s+[^.;:()\n]{0,100}$", regex.IGNORECASE)
#: a private firm's name up to the country that ends it (`Công ty TNHH Túi xách Hoàng Phong `), its entity there; not a state
#: group's (`Tập đoàn Điện lực Việt Nam`), which reports for the country
_FIRM_BEFORE_COUNTRY = lazyre.compile(r"(?-i:Công\s+ty)\s+(?:TNHH|CP|[Cc]ổ\s+phần)(?:\s+[\p{L}&.-]+){1,8}\s+$")
#: a small count in digits or words (`3`, `ba`), and the places a count of them names (`3 địa phương`, `hai huyện`)
_SMALL_COUNT = r"(?P<n>\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
_PLACES_COUNTED = r"(?:địa\s+phương|tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|đơn\s+vị)(?!\w)"
#: a count of provinces that a list of them follows (`Ba địa phương có … lớn nhất cả nước là `), and what the listed hold
#: together, said right after the list (`, chiếm hơn `: _SHARE_OF_THE_LISTED)
_PROVINCES_COUNTED_LEAD = lazyre.compile(r"(?<!\w)" + _SMALL_COUNT + r"\s+(?:địa\s+phương|tỉnh"
                                         r"(?:\s*,\s*thành(?:\s+phố)?)?)(?!\w)[^.;:()\d]{0,120}?\s(?:là|gồm)\s*:?\s*$",
                                         regex.IGNORECASE)
#: things counted at places, then the provinces they are in (`tại 6 làng nghề đá ở `): what is found there is spread over
#: the provinces listed next
_COUNT_SPREAD_OVER = lazyre.compile(r"(?<!\w)" + _SMALL_COUNT + r"\s+[^\d,;.()]{1,40}?\s+(?:ở|tại|thuộc)"
                                    r"\s+(?:các\s+)?(?:tỉnh\s+)?$", regex.IGNORECASE)
_SHARE_OF_THE_LISTED = lazyre.compile(r"\s*,\s*(?:chiếm|đạt)(?:\s+(?:khoảng|gần|hơn|trên|xấp\s+xỉ))?\s+", regex.IGNORECASE)
#: what a rule grants, right before its level (`được miễn 100%`, `được giảm 50%`, `được hưởng`)
_IN_FORCE_BEFORE = lazyre.compile(r"(?<!\w)(?:được\s+(?:miễn|giảm|hỗ\s+trợ|hưởng)|(?:được\s+)?áp\s+dụng(?:\s+mức)?)"
                                  r"(?:\s+(?:khoảng|tối\s+đa|đến))?\s+$", regex.IGNORECASE)
#: a partner worked with (not a neighbour): one a later `huyện`, `tỉnh` can speak of
_WORKS_WITH = lazyre.compile(r"(?<!\w)(?:" + _WORKS_WITH_WORDS + r")\s+[^,;.()\d]{0,60}$", regex.IGNORECASE)
#: a place set against the one spoken of: `trong khi (của) tỉnh Quảng Bình là …`
_CONTRASTED_BEFORE = lazyre.compile(r"(?<!\w)trong\s+khi(?:\s+(?:đó|của|ở|tại))?\s+(?:(?:tỉnh|thành\s+phố|TP\.?)\s+)?$",
                                   regex.IGNORECASE)
#: a clause about now after a comma (`…, hiện đạt`, `…, nhưng hiện nay mới`): what the sentence says is so today
_NOW_AFTER_HORIZON = lazyre.compile(rf"[,;]\s*(?:(?:nhưng|song|mà|còn|trong\s+khi)\s+)?{NOW_ADVERB}(?!\w)",
                                   regex.IGNORECASE)
#: communes and the district the text puts them in right after them (`các xã Long Điền Đông, Điền Hải (`, `xã Xuân
#: Quang, `)
_COMMUNES_OF = lazyre.compile(r"(?<!\w)(?:xã|phường|thị\s+trấn|(?-i:làng)(?:\s+(?:hoa|nghề|rau|gốm|chiếu))?)\s+(?P<names>\p{Lu}[\p{L}\s,]{1,120}?)\s*[(,]\s*$")
#: communes listed after a district in its sentence, no other district or city named between (`huyện Đồng Văn, năm nay
#: bà con trồng 215 ha tỏi, …, tập trung ở các xã Sà Phìn, Sủng Là, Lũng Cú dọc`)
_COMMUNES_AFTER = lazyre.compile(r"(?:(?!(?:huyện|thị\s+xã|quận|thành\s+phố|TP)(?!\w)\.?\s*\p{Lu})[^.;:\n]){0,160}?(?<!\w)"
                                 r"(?:các\s+)?(?:xã|phường|thị\s+trấn)\s+(?P<names>\p{Lu}\p{L}*(?:(?:\s+|\s*,\s*|\s+và\s+)"
                                 r"\p{Lu}\p{L}*)*)")
_NAME_SPLIT = lazyre.compile(r"\s*,\s*|\s+và\s+")   # (between the names of a list of communes)
#: a commune's name: up to four capitalised words
_COMMUNE_NAME = r"\p{Lu}\p{L}*(?:[^\S\n]+\p{Lu}\p{L}*){0,3}"
#: a commune spoken of as a whole without its name (`Toàn xã hiện có 1.086 hộ nuôi`, `cả phường có 3 chợ`)
_WHOLE_COMMUNE = lazyre.compile(r"(?<!\w)(?:[Tt]oàn|[Cc]ả)[^\S\n]+(?:xã|phường|thị\s+trấn)(?![^\S\n]+\p{Lu})(?!\w)")
#: a commune by its level word and its capitalised name
_COMMUNE_NAMED = lazyre.compile(r"(?<!\w)(?:xã|phường|thị\s+trấn)[^\S\n]+(?P<name>" + _COMMUNE_NAME + ")")
#: a place goods go to (`phần lớn đưa đi Thành phố Hồ Chí Minh, Bình Dương và các tỉnh miền Trung`): elsewhere, not where
#: the next sentences' figures are (where people come from is no mark at all: locality.toml [origin_of_people])
_DESTINATION_BEFORE = lazyre.compile(r"(?<!\w)(?:đưa|chở|(?:vận\s+)?chuyển(?:\s+tuyến)?|xuất\s+khẩu|xuất|bán|"
                                    r"tiêu\s+thụ|gửi|phân\s+phối|giao|cung\s+(?:cấp|ứng))\s+"
                                    # (the thing sold may stand between: `đã bán 14 con trâu chọi cho các chủ trâu ở Hải
                                    # Phòng, Vĩnh Phúc`)
                                    r"(?:đi|sang|ra|vào|tới|đến|về|cho|lên|[^.;:()\n]{0,40}?\scho)\s+(?:các\s+)?"
                                    r"[^.;:()\d\n]{0,60}$",
                                    regex.IGNORECASE)
#: places things are sent away to, what is sent standing between (`di chuyển đàn ong sang Đắk Nông, Lâm Đồng`, `xuất đi
#: TP Hồ Chí Minh`): where they go, not where a figure of the sentence holds (not what is sent to a place, `kiều hối
#: chuyển về TP HCM`, `vận chuyển về nhà máy … tại huyện Tam Dương`: that place's)
_SENT_AWAY_BEFORE = lazyre.compile(r"(?<!\w)(?:(?:đưa|chở|(?:di\s+|vận\s+)?chuyển|xuất\s+khẩu|xuất|bán|tiêu\s+thụ|gửi|"
                                   r"phân\s+phối)(?:\s+[^\s\d.,;:()]+){0,3}?\s+(?:đi|sang)|"
                                   # (goods delivered to a place, `thời gian giao hàng đến Hà Nội không quá 24 giờ`)
                                   r"giao\s+hàng\s+(?:đi|đến|tới))\s+(?:các\s+)?[^.;:()\d\n]{0,60}$|"
                                   # (the next destination of a list of rates, `đi Hà Nội là 6.500 đồng/kg, đi TP Hồ Chí
                                   # Minh từ 14.000 đồng/kg`)
                                   r"[,;][^\S\n]*đi[^\S\n]+$",
                                   regex.IGNORECASE)
#: the centre of a province or city a distance is measured from (`cách trung tâm Hà Nội 140 km`): a point of reference
#: (other points of reference are locality.toml [distance_from_place]; a district's centre says a place lies in it)
_CENTRE_FROM_BEFORE = lazyre.compile(r"(?<!\w)cách\s+trung\s+tâm(?:\s+(?:thành\s+phố|TP\.?|tỉnh|thủ\s+đô))?\s+$",
                                    regex.IGNORECASE)
#: a capitalised name and a dash right before a place's bare name (`Tham Lương - Bến Cát`, a plant's or a canal's name;
#: not a commune's, `xã Cẩm Nhượng - huyện Cẩm Xuyên`)
_NAME_DASH_BEFORE = lazyre.compile(r"(?<![\p{L}])(?<!(?i:xã|phường|thị\s+trấn|thôn|bản|ấp|làng|huyện|quận|tỉnh)[^\S\n]+)"
                                   r"(?P<n>\p{Lu}\p{L}*(?:[^\S\n]+\p{Lu}\p{L}*){0,3})[^\S\n]*[-–][^\S\n]*$")
#: a bracket that gives the address of a place where something is (after `ở`, `tại`, `như` and its name), up to a
#: district: its ward or commune first (`tập trung chủ yếu ở phố Tây Bùi Viện (phường Phạm Ngũ Lão, `); not that of
#: what a sentence is about (`làng nghề gỗ mỹ nghệ Đồng Kỵ (phường Đồng Kỵ, thành phố Từ Sơn) vẫn đạt …`), nor that of a
#: village, a community of its own (`không khí tại làng đúc đồng Phước Kiều (phường Điện Phương, thị xã Điện Bàn)`)
_ADDRESS_ASIDE = lazyre.compile(r"(?<!\w)(?:ở|tại|như)[^\S\n]+(?!làng[^\S\n])[^,;:()\n]{1,40}?\p{L}[^\S\n]*\([^\S\n]*(?:phường|xã|thị\s+trấn)"
                               r"[^\S\n]+[^,;:()\n]{1,30},[^\S\n]*$", regex.IGNORECASE)
#: a paragraph's opening name, then in brackets the locality it lies in, from its commune or ward (`Làng mộc Kim Bồng
#: (xã Cẩm Kim, TP Hội An, Quảng Nam)`)
_TOPIC_BRACKET = lazyre.compile(r"[^\S\n]*\p{Lu}[^()\n,.;:]{0,60}?\((?P<b>[^\S\n]*(?:xã|phường|thị\s+trấn)[^\S\n]+[^()\n]{1,80})\)")
_TOPIC_REACH = 150
#: the title under a report's kind (`BÁO CÁO` / `Kết quả … tại thành phố Phú Quốc …`)
_REPORT_TITLE = lazyre.compile(r"^[^\S\n]*(?:BÁO\s+CÁO|KẾ\s+HOẠCH|TỜ\s+TRÌNH)[^\S\n]*\n[^\S\n]*(?P<t>[^\n]+)", regex.MULTILINE)
#: the two ends of a crossing or a journey: `từ ` before the first, ` sang ` after it, and a first end before the second
_CROSSING_FROM_BEFORE = lazyre.compile(r"(?<!\w)từ\s+$", regex.IGNORECASE)
_CROSSING_TO_AFTER = lazyre.compile(r"(?:\s*\([^()\n]{1,30}\))?\s+(?:sang|qua|về)\s", regex.IGNORECASE)
_CROSSING_TO_BEFORE = lazyre.compile(r"(?<!\w)(?:sang|qua|về)\s+$", regex.IGNORECASE)
_CROSSING_FROM_PLACE = lazyre.compile(r"(?<!\w)từ\s+(?:TP\.?|thành\s+phố|huyện|thị\s+xã|quận|tỉnh)?\s*\p{Lu}[^,;.()\n]{0,40}$",
                                   regex.IGNORECASE)
#: `đáp ứng` right before a share (past a word of approximation), and the need the share is of (`nhu cầu`)
_MEETS_BEFORE = lazyre.compile(r"(?<!\w)đáp\s+ứng(?:\s+(?:được|khoảng|gần|hơn|trên|từ|chưa\s+đến))*\s+$", regex.IGNORECASE)
_NEED_NOUN = lazyre.compile(r"nhu\s+cầu(?!\w)", regex.IGNORECASE)
#: the label of a list's item, between the figure before it and its number: `…, dịch vụ 200`, `… và sơ cấp 750`
_OWN_ITEM_LABEL = lazyre.compile(r"\d[^,;:()\d\n]*?(?:[,;]|\svà)\s+(?P<l>\p{Ll}\p{L}*(?:\s\p{L}+){0,4}?)\s*$")
#: words that make a clause, not a label (`…, tăng 200`, `… và đạt 750`)
_NOT_A_LABEL = lazyre.compile(r"(?<!\w)(?:tăng|giảm|đạt|là|có|chiếm|còn|với|gồm|trong|khoảng|gần|hơn|trên|dưới|được|đã|"
                             r"xuống|lên|từ|đến|bằng|gấp|vượt|riêng|lần lượt|tổng|năm|tháng|quý|"
                             # (the words that lead to a list's next item: `tiếp đến huyện Lạng Giang 4 CCN`)
                             r"tiếp\s+(?:đến|theo)|kế\s+(?:đến|tiếp)|sau\s+đó|đứng\s+sau)(?!\w)", regex.IGNORECASE)
#: a `;` clause that opens with a name of its own (`; Khu di tích quốc gia đặc biệt Lam Kinh đón …`)
_NAMED_CLAUSE = lazyre.compile(r"[^\S\n]*(?!(?i:trong|riêng|còn|tuy|ngoài|bên|đồng|như|song|nhưng|xã|phường|thị|thôn|ấp|"
                              r"bản|xóm|tổ|khu\s+phố)(?!\w))\p{L}+(?:[^\S\n]+\p{Ll}+){0,6}?[^\S\n]+\p{Lu}")
#: a `;` clause that opens with its place as the item of a list (`; huyện B: 12 xã`, `; tại huyện B, …`): its place
#: goes on with the items after it only as the list's
_PLACE_CLAUSE_ITEM = lazyre.compile(r"\s*(?:tại\s+|ở\s+)?(?:huyện|thị\s+xã|thành\s+phố|quận|tỉnh|TP\.?)\s[^;:,]{1,40}[:,]",
                                   regex.IGNORECASE)
#: a commune, ward or hamlet by its name (`xã Thanh Lĩnh`)
_LOCALITY_NAME = lazyre.compile(r"(?:xã|phường|thị\s+trấn|thôn|ấp|bản|xóm)\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3}")
#: a body that assigns a target (`Tổng cục Thuế giao chỉ tiêu …`), from its name
#: (or gives the place it: `Bộ Công an đã hỗ trợ tỉnh 85 tỷ đồng`, `Trung ương phân bổ cho tỉnh 300 tỷ đồng`)
_ASSIGNS = lazyre.compile(r"[^;:.\d]{0,40}?\s(?:(?:giao|phân\s+bổ)\s+(?:chỉ\s+tiêu|kế\s+hoạch|nhiệm\s+vụ|dự\s+toán)|"
                          r"(?:hỗ\s+trợ|cấp|phân\s+bổ|bố\s+trí|tặng|trao)(?:\s+thêm)?\s+(?:cho\s+)?(?:tỉnh|thành\s+phố|"
                          r"huyện|địa\s+phương)(?:\s+\p{Lu}\p{L}*)*)(?!\w)")
#: a town named by its level, right before its name
_TOWN_BEFORE = lazyre.compile(r"(?<!\w)thị\s+trấn\s+$", regex.IGNORECASE)
#: a legal document named right before the body that issued it (`Nghị định số 31/2023/NĐ-CP ngày 09/6/2023 của `,
#: `Quyết định số 590/QĐ-TTg của Thủ tướng `)
_DOCUMENT_OF = lazyre.compile(r"(?<!\w)(?:nghị\s+định|quyết\s+định|thông\s+tư|nghị\s+quyết|chỉ\s+thị|luật|công\s+điện|đề\s+án)"
                             r"[^;:]{0,70}?\s(?:của|do)\s+(?:Thủ\s+tướng\s+)?$", regex.IGNORECASE)
#: an aside on a place right after it, between commas (`, nơi tập trung 60% dư nợ của tỉnh`, `, "thủ phủ" cói của tỉnh,`)
_PLACE_ASIDE = lazyre.compile(r"^\s*,\s*(?:nơi\s[^,;:]*|[^,;:\d]{1,60}?(?=\s*,))")
#: a period said as a deadline (periods.toml [deadline_day])
_DEADLINE = lazyre.compile(r"(?i:trước|chậm\s+nhất)(?!\w)")
#: a plan noun right before a year (`kế hoạch vốn năm 2024`, `dự toán năm 2025`): the year the plan is for
_PLAN_NOUN_BEFORE = lazyre.compile(r"(?<!\w)(?:kế hoạch(?:\s+vốn)?|vốn\s+đầu\s+tư\s+công|dự toán|chỉ tiêu|mục tiêu)"
                               r"(?:\s+(?!(?:và|hoặc|nhưng|còn)(?!\w))\p{Ll}+){0,2}\s+$",   # (not `kế hoạch và đến hết năm`)
                               regex.IGNORECASE)
#: a programme or project named before a span of years (`dự án đường bộ cao tốc Bắc - Nam phía Đông giai đoạn 2021-2025`)
_PROGRAMME_BEFORE = lazyre.compile(r"(?<!\w)(?:dự\s+án|chương\s+trình|đề\s+án|quy\s+hoạch)(?:\s+[^\s,;.()]+){0,10}\s+$",
                                  regex.IGNORECASE)
#: `X có giá`, `X giá bán`: what a price is the price of, said before it
_PRICED = lazyre.compile(r"(?P<what>\S.*?)\s+(?:có\s+|với\s+)?(?:mức\s+)?(?<!trị\s)giá(?:\s+(?:bán|mua|dao động|phổ biến))?",
                        regex.IGNORECASE)
#: words of a plan: a future figure in a passage that says them is a target
_PLAN_WORDS = lazyre.compile(r"(?<!\w)(?:chỉ tiêu|mục tiêu|kế hoạch|phấn đấu|nghị quyết|đề ra|dự toán)(?!\w)",
                            regex.IGNORECASE)
#: words that say a figure is already so (`hiện đã có 320 hộ`), whatever year its clause speaks of
_NOW_WORDS = lazyre.compile(r"(?<!\w)(?:đã|hiện(?!\s+(?:đại|hành|trạng|tượng|diện)(?!\w))|vừa|đến nay|tính đến)(?!\w)",
                        regex.IGNORECASE)   # (not `hiện đại`, modern; `hiện hành`, in force; `hiện trạng`, the state)
_DETERMINER = lazyre.compile(r"^(?:các|những|toàn bộ|tất cả)\s+", regex.IGNORECASE)
_TRAILING = lazyre.compile(r"(?:\s+(?:và|với|của|từ|đến|cho|tại|trong|theo|là|do|để|thì|mà|hoặc|hay|"
                       + _CLAIM_REACHES + r"|có|chiếm|" + _CLAIM_EQUALS + r"|"
                       # (not `ở` of `nhà ở`, housing: a noun of its own, `dự án nhà ở`)
                       r"hiện nay|hiện có|ở mức|(?<!(?<!\w)nhà\s)ở|gần|khoảng|hơn|trên|dưới|xấp xỉ|tổng cộng|tổng số))+\s*$|[.…\s]+$",
                          regex.IGNORECASE)
_RANK_TAIL = lazyre.compile(r"\s*(?:(?:xếp hạng|xếp|đứng|vị trí|hạng|(?<!\w)(?:tụt|lên|xuống))"
                           # (an adjective of size ranks only with `thứ`, and in lower case: `Hải Đông`, `Cao Bằng`)
                           r"(?:\s+(?:thứ|số))?|(?<!\w)(?-i:lớn|cao|thấp|nhỏ|nhiều|đông)\s+thứ|(?<!\w)thứ)"
                           r"(?:\s+\w+(?:/\d+)?\s*(?:,\s*(?:và\s+)?|\s+và\s+)"
                           r"(?:(?-i:\p{Lu})\p{L}*(?:\s+(?-i:\p{Lu})\p{L}*){0,3}\s+)?(?:thứ)?)*\s*$", regex.IGNORECASE)


#: what may stand before a place that opens a clause: spaces, punctuation, an administrative prefix
_NOT_SPACE_OR_PREFIX = lazyre.compile(r"(?<![^\s,;:(])[^\s,;:(]+(?![^\s,;:(])(?<!(?:^|\s)(?:tỉnh|thành phố|huyện|quận|thị xã|TP\.?|Tỉnh|Thành phố|Huyện|"
                                     r"Quận|Thị xã|phố|các|Các|những|Những|hai|Hai|ba|Ba))")
#: `đã kết nối đến 100% huyện`: the verb whose reach a share measures (`đáp ứng chưa đến 15% nhu cầu`: under it)
_REACHES = lazyre.compile(r"(?:^|\s)(?:đã\s+được\s+|được\s+|đã\s+)?(?P<verb>\p{L}+(?:\s+\p{L}+)?)(?:\s+đồng\s+bộ)?"
                         r"(?:\s+chưa)?\s+(?:đến|tới)\s*$",
                         regex.IGNORECASE)
_CLAIM_VERB = lazyre.compile(r"(?:đạt|tăng|giảm|lên|xuống|chiếm|bằng|là|có|hơn|gần|khoảng|trên|dưới|"
                            r"\p{L}+\s+(?:đạt|tăng|giảm|lên|xuống|là|có|hơn|gần|khoảng|trên|dưới))", regex.IGNORECASE)
_DETERMINER_AT = lazyre.compile(r"\s*%?\s*(?:các|những|toàn bộ|tất cả)\s+", regex.IGNORECASE)
_BULLET = lazyre.compile(r"^[-–•*+·]\s*")
_DIGIT = lazyre.compile(r"\d")
#: a name glued to its number that modifies a noun (`trạm 4G`, `mạng 5G`)
_GLUED_NAME = lazyre.compile(r"\d+\p{L}[\p{L}\d]*")
#: what may stand between a bracket and the figure that opens it
_LIST_MARK = lazyre.compile(r"[,;]")
#: a bare verb of change, all a percent's clause says of it (`(giảm 1,08%)`), and the bracket it opens
_BARE_CHANGE = lazyre.compile(r"(?:tăng|giảm)(?:\s+(?:thêm|đi|khoảng|gần|hơn|trên))?", regex.IGNORECASE)
_CHANGE_BRACKET_BEFORE = lazyre.compile(r"\(\s*(?:tăng|giảm)(?:\s+\p{L}+)?\s*$", regex.IGNORECASE)
_AFTER_COPULA = lazyre.compile(r"\s(?:là|gồm)\s", regex.IGNORECASE)
_BRACKET_BEFORE = lazyre.compile(r"\(\s*(?:(?:khoảng|gần|hơn|trên|dưới|xấp xỉ)\s+)?$", regex.IGNORECASE)
_OPENS_BRACKET = lazyre.compile(r"\(\s*(?:(?:khoảng|gần|hơn|trên|dưới|xấp xỉ|chỉ)\s+)?", regex.IGNORECASE)
_PARENS = lazyre.compile(r"\([^()]*\)")
#: `khu vực` before a place, and a dash and a second name after it: two districts that name an office's area
_AREA_NAMED = lazyre.compile(r"(?<!\w)khu\s+vực\s+\p{Lu}[^\n,;:.()]{0,30}$", regex.IGNORECASE)
_PAIRED_AFTER = lazyre.compile(r"[^\S\n]*[-–][^\S\n]*\p{Lu}")
#: a comparison that the clause before a place opens (`cao hơn mức bình quân của các dự án … trong `): the place is
#: the yardstick's
_YARDSTICK_CLAUSE = lazyre.compile(r"(?<!\w)(?:(?:cao|thấp|nhiều|ít|lớn|nhỏ)\s+hơn|so\s+với|bằng|gấp)(?!\w)[^,;:.()]*$",
                                  regex.IGNORECASE)
#: an abbreviation in brackets right after the words it shortens (`khu công nghiệp (KCN)`)
_ABBREVIATION_BRACKET = lazyre.compile(r"(?<=\p{L}[^\S\n]?)\((?-i:\p{Lu}[\p{Lu}\d&-]{1,8})\)")
_CLAUSE_END = lazyre.compile(r"[;:()\[\]“”\"]|,\s|\.\s|\.$|\s[-–]\s" + _NOT_IN_A_NAME +
                         r"|\s\d(?!\d*\p{L})")   # (`trạm 4G` goes on)
_SHARE_OF = lazyre.compile(r"(?:chiếm|đóng góp|bằng)\s*(?:khoảng|gần|hơn|trên)?\s*$", regex.IGNORECASE)
#: the denominator of a price said with `mỗi` or `một` after its unit (`mỗi lít`, `một kg`), which figures.py read into
#: the unit (its words are figures.py's, said once: ``.pattern`` is read without compiling)
_EACH_DENOMINATOR = lazyre.compile(_PER_EACH.pattern + r"\S+(?:[^\S\n]+\S+)?")
_OVER_TOTAL = lazyre.compile(r"\s*(?:/|(?:trong|trên)\s+(?:tổng\s+)?số)\s*[\d.,]+(?:\s+[^\s,;.()]+){0,3}?(?=[,;.()]|\s*$)",
                            regex.IGNORECASE)
#: a share said aside, between things counted and what they did: `(đạt 92,6%)`, `, chiếm 92,6%`
_SHARE_ASIDE = lazyre.compile(r"\s*(?:\(\s*(?:đạt|chiếm|bằng)?\s*[\d.,]+\s*%\s*\)?"
                             r"|,\s*(?:đạt|chiếm|bằng)\s+[\d.,]+\s*%)\s*",
                             regex.IGNORECASE)
#: after such a share, the clause goes on with the things' verb (not a comma that ends it and starts another)
_GOES_ON = lazyre.compile(r"[^\S\n]*(?:\)[^\S\n]*)?(?:,[^\S\n]*)?"
                         r"(?=(?:đã|đang|được|bị|chưa|vẫn|có|tổ\s+chức|thực\s+hiện|"
                         r"tham\s+gia|triển\s+khai|hoàn\s+thành|đạt\s+chuẩn|sử\s+dụng)(?!\w))", regex.IGNORECASE)
#: `68,54% trong tổng số 168.000 hồ sơ`: a share of the set named after it
_OF_A_SET = lazyre.compile(r"\s*(?:trong|trên)\s+(?:tổng\s+)?số\s+[\d.,]+\s+(?=\p{L})", regex.IGNORECASE)
_COLON = lazyre.compile(r"[;:]")
#: what a speaker's words open with when a comma, not a colon, sets them off (`Ông Hoàng, Phó Giám đốc Sở …, cho biết,`)
_SAID_COMMA = lazyre.compile(r"(?<!\w)(?:" + _SAYS + r"|báo\s+cáo)\s*,")
#: the participants of an event, counted after it (`với sự tham gia của 24 đội và khoảng …`)
_PARTICIPANTS = lazyre.compile(r"(?<!\w)sự\s+tham\s+gia\s+của(?:\s+[^,;.()]*?\s+(?:và|,))?"
                              r"(?:\s+(?:khoảng|gần|hơn|trên|hàng|gần\s+như))*\s*$", regex.IGNORECASE)
#: a preposition that ends the words before a figure (the figure is no object of the verb before it)
_PREPOSITION_END = lazyre.compile(r"(?<!\w)(?:cho|tại|ở|với|của|từ|đến|tới|trên|về|vào)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$",
                                 regex.IGNORECASE)
#: a breakdown after a count's own words: its parts follow
_BREAKDOWN_AFTER = lazyre.compile(r"[^,;.()\n]{0,60}?(?:\(|,?\s*(?:trong\s+đó|trong\s+số\s+đó|gồm|bao\s+gồm)(?!\w))",
                                 regex.IGNORECASE)
#: what every match of ``_BREAKDOWN_AFTER`` holds, in lower case: its bracket, or the first letters of its word
_BREAKDOWN_MARKS = ("(", "trong", "gồm", "bao")


@functools.lru_cache(maxsize=1)
def _breakdown_odd() -> frozenset[str] | None:
    return _windows.odd_cases(_BREAKDOWN_MARKS[1:])


def _breakdown_after(scan: str, pos: int) -> bool:
    """Whether ``_BREAKDOWN_AFTER`` matches at ``pos``. Its match takes at most 61 characters before its bracket or its
    `,` and white space, so what it holds of :data:`_BREAKDOWN_MARKS` ends before the white space after those 61
    characters and 5 more; a stretch (in lower case) without any of them is not asked (the match tries each of its 61
    ends with each word: a look for the words costs a tenth of that)."""
    reach = _SPACE_RUN.match(scan, min(len(scan), pos + 61)).end() + 5
    folded = _windows.fold(scan[pos:reach], _breakdown_odd())
    if folded is not None and not any(mark in folded for mark in _BREAKDOWN_MARKS):
        return False
    return _BREAKDOWN_AFTER.match(scan, pos) is not None


#: how many words a verb before a count may have to be said after the count's own words
_VERB_WORDS = 3
_PUNCT_NEXT = lazyre.compile(r"\s*[,;.()]")
_ABOUT = lazyre.compile(r"\bvề\s+(.+)$")
#: the verb of money collected (`thu`, `thu được`, `thu về`): the money is `tiền thu …`
_COLLECTS = r"thu(?:\s+(?:về|được))?"
_BARE_COLLECTED = lazyre.compile(r"(?:đã\s+)?" + _COLLECTS, regex.IGNORECASE)
_REVENUE_REACHES = lazyre.compile(r"(?<!\w)thu\s+đạt(?:\s+\p{L}+)?\s*$", regex.IGNORECASE)
#: a rank's standing said after it: among all the teams (`toàn đoàn`, `chung cuộc`, with where), or in a group of bodies
#: (`trong Khối thi đua số 2 của …`)
_STANDING_AFTER = lazyre.compile(r"\s*(?P<s>(?P<all>(?:toàn\s+đoàn|chung\s+cuộc)(?!\w))(?:\s+(?:tại|trong|ở)\s.+)?"
                                r"|(?:trong|tại)\s+(?:các\s+)?(?:khối|cụm)\s.+)$", regex.IGNORECASE)
_BEFORE_BREAK = lazyre.compile(r"[^,;:()\n]*")
#: a sentence that opens with the standing its ranks are in (`Kết quả toàn đoàn,`, `Xếp hạng chung cuộc,`)
_STANDING_HEADING = lazyre.compile(r"\s*(?:[Kk]ết\s+quả|[Xx]ếp\s+hạng|[Xx]ếp\s+loại)\s+"
                                  r"(?P<s>toàn\s+đoàn|chung\s+cuộc)\s*,")
#: a claim of a share: `đạt`, `ở mức`, `là`, with a hedge (`đạt trên 85%`)
_CLAIMED_SHARE = lazyre.compile(r"(?<!\w)(?:đạt|ở mức|là)(?:\s+(?:khoảng|gần|hơn|trên|dưới|xấp xỉ|tỷ lệ|tỉ lệ))?\s*$",
                               regex.IGNORECASE)
#: the most words of a claim that names a share (a longer lead is a sentence, not a name)
_NAMED_CLAIM_WORDS = 8
#: what a share is said of after it, when not what it counts: a plan, an estimate, a total, the population
_BASE_NOUN = lazyre.compile(rf"(?:{_subjects.SHARE_BASES})(?!\w)", regex.IGNORECASE)
#: an indicator that is itself a rate (its share's noun after it is the base)
_RATE_HEAD = lazyre.compile(r"(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|mức|tốc độ)(?!\w)", regex.IGNORECASE)
#: the level word of a bare reference to a district (`UBND thị xã`, `Huyện có 45 trường`)
_LEVEL_WORD = lazyre.compile(r"(?<!\w)(?:huyện|thị xã|quận|thành phố)(?!\w)", regex.IGNORECASE)
#: a district mark named with its level word
_LEVEL_OF_MARK = lazyre.compile(r"(?:huyện|thị\s+xã|quận|thành\s+phố|tp\.?)(?:\s|(?<=\.)(?=\p{Lu}))", regex.IGNORECASE)
#: a preposition of place right before a place, and the words from it to a figure in the same clause chain
_LOCATIVE_BEFORE = lazyre.compile(r"(?<!\w)(?:tại|ở|thuộc|đoạn\s+qua|trên\s+địa\s+bàn|địa\s+bàn)\s+"
                                  # (the commune said first, the district after it: `thuộc xã Thạch Điền, huyện …`; the
                                  # spot in the commune before it: `tại Km 18 Quốc lộ 1A, xã Hợp Thành, huyện …`)
                                  r"(?:(?:[^,;:()\n]{1,40},\s*)?(?:xã|phường|thị\s+trấn)\s+[^\d,;:()\n]{1,30},\s*"
                                  # (or the park it is in: `ở khu công nghiệp Long Hậu, huyện …`)
                                  r"|(?:khu\s+công\s+nghiệp|KCN|cụm\s+công\s+nghiệp|CCN|khu\s+kinh\s+tế)\s+"
                                  r"[^,;:()\n]{1,40},\s*)?$"
                                  # (or what it stands next to, then its district: `cạnh Tỉnh lộ 664, huyện `)
                                  r"|(?<!\w)(?:cạnh|gần)\s+[^,;:()\n]{1,40},\s*$",
                                  regex.IGNORECASE)
#: between a place said with a preposition of place and a figure of its scene: commas and words, then, in the figure's
#: own clause, figures before it (`…, bắt quả tang 2 đối tượng vận chuyển 20 bánh heroin`), but no clause break
_SCENE_GAP = lazyre.compile(r"[^\d;:()\[\]“”\"\n]*(?:\d(?:[^,;:()\[\]“”\"\n]|,(?=\d))*"
                            # (and the worth of what it counted: `phát hiện 2.400 đôi giày …, trị giá gần 850 triệu đồng`)
                            r"(?:,\s*(?:tổng\s+)?trị\s+giá(?:\s+\p{L}+){0,2})?)?", regex.IGNORECASE)
#: a figure and the comma after it: the next figure of the same item follows (its unit may hold a digit: `m3/ngày đêm`)
_FIGURE_COMMA = lazyre.compile(r"\d[\d.,]*(?:\s+[^\s\d,;:()][^\s,;:()]*){1,3}\s*,")
#: a place's own number right after it (`Mèo Vạc 1.542 người`, `Quế Võ (146)`)
_OWN_NUMBER_AFTER = lazyre.compile(r"[^\S\n]*(?::[^\S\n]*)?\(?[^\S\n]*\d")
#: a place named with its own figure in brackets, as an item of a comparison: `Bắc Ninh (9,4%)`
_WITH_OWN_FIGURE = lazyre.compile(r"\s*\(\s*(?:(?:khoảng|gần|hơn|trên|dưới|đạt)\s+)?\d")
#: a figure in brackets right after a place, whatever word leads it (`TP Hồ Chí Minh (chiếm 32%)`)
_BRACKETED_FIGURE_AFTER = lazyre.compile(r"[^\S\n]*\([^()\n]{0,20}?\d")
#: the bracket after a name, past the name's number (`Điện Biên 1 (`)
_NUMBERED_BRACKET = lazyre.compile(r"(?:[^\S\n]+\d{1,2})?[^\S\n]*\([^\S\n]*")
#: a place's own figure after it in a list of places (`thành phố Tam Điệp 0,7011 điểm`, `huyện Kim Sơn đứng cuối với
#: 0,5147 điểm`): no clause break and at most three words between
_ITEM_FIGURE = lazyre.compile(r"\s*(?:\p{Ll}+\s+){0,3}\d")
#: a topic that opens a sentence of a report (`Về xã hội,`, `Về đăng ký doanh nghiệp,`)
_TOPIC = lazyre.compile(r"\s*về\s[^,;:\d]{1,60},\s*", regex.IGNORECASE)
#: the documents a text cites by their numbers (`Nghị quyết số 185/2019/NQ-HĐND`, `Kế hoạch số 112/KH-UBND`)
_CITED_DOCUMENTS = (r"Nghị\s+quyết|Quyết\s+định|Nghị\s+định|Thông\s+tư|Chỉ\s+thị|Kế\s+hoạch|Công\s+văn|Văn\s+bản|Đề\s+án|"
                    r"Chương\s+trình|Hướng\s+dẫn")
#: a citation of a law or of a document by its number after a figure (`theo Nghị quyết số 185/2019/NQ-HĐND`, `theo Luật
#: Hợp tác xã`, `theo Điều 244`); not a programme a number names (`xử lý theo Nghị quyết 42`), which says which ones
_CITATION_AFTER = lazyre.compile(r"(?:^|\s)(?:theo|căn\s+cứ)\s+(?-i:(?:" + _CITED_DOCUMENTS + r")\s+(?:số(?!\w)|"
                                r"\d[\d.]*[-/]\d*[\p{Lu}/])|Luật\s+\p{Lu}"
                                # (an article of a code: `khởi tố 6 bị can theo Điều 244 Bộ luật Hình sự`)
                                r"|(?:khoản\s+\d+\s+)?Điều(?!\w))", regex.IGNORECASE)
#: the same, cited by its number at the end of the words before a figure (its date and its copula after it)
_CITATION_BEFORE = lazyre.compile(r"[^\S\n]+(?:theo|căn\s+cứ)[^\S\n]+(?-i:(?:" + _CITED_DOCUMENTS + r"))"
                                 r"[^\S\n]+số[^\S\n]+[\w./-]+(?:[^\S\n]+ngày[^\S\n]+[\d/.-]+)?"
                                 r"(?=[^\S\n]*(?:(?:là|đạt|có)[^\S\n]*)?$)", regex.IGNORECASE)
#: a noun between a unit and the period or thing it is per (`nước thải/ngày đêm`), then the words after
_NOUN_PER = lazyre.compile(r"(?P<noun>[^/\d]+?)/(?!(?:một|mỗi)(?!\w))(?P<per>\p{L}+(?:\s+(?:đêm|khẩu|dân|gia\s+đình))?"
                          # (a second denominator: `30 kg gạo/nhân khẩu/tháng`)
                          r"(?:/\p{L}+)?)(?!\w)(?P<rest>[^/]*)$",
                          regex.IGNORECASE)
#: what a place has most or least of, then `với` and the figure (`Xã Ea Phê có số đối tượng … đông nhất với`): `số`
#: left out
_MOST_WITH = lazyre.compile(r"(?<!\w)có\s+(?:số\s+(?:lượng\s+)?)?(?P<what>\p{L}[^,;:.()\d]{1,80}?)\s+(?:cao|lớn|nhiều|đông|"
                           r"thấp|ít|nhỏ|rộng|dài)\s+nhất(?:\s+(?:tỉnh|huyện|toàn\s+tỉnh|toàn\s+huyện))?\s*,?\s*"
                           r"(?:với|là|đạt)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$", regex.IGNORECASE)
#: a place named by its level word right before what it has (`Xã Ea Phê có`, `huyện Tiên Du có`)
_PLACE_OWNER = lazyre.compile(r"(?<!\w)(?i:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh|TP\.?)"
                             r"(?:\s+\p{Lu}[\p{L}'-]*)+\s*$")
#: what people counted are said to be, right after their noun (`4.215 người là chuyên gia (52,9%)`); not a rank or a cause
#: (`1.200 người là cao nhất`, `là do`)
_IS_KIND = lazyre.compile(r"[^\S\n]+là[^\S\n]+(?!(?:cao|thấp|lớn|nhỏ|nhiều|ít|do|vì|nhờ|những|các|số|một|con\s+số|mức)(?!\w))"
                         r"(?P<k>\p{Ll}(?:[^,;:.()\d\n]|thứ[^\S\n]+\d{1,2}[^\S\n]+trở[^\S\n]+(?:lên|xuống)){1,50}?)"
                         r"(?=[^\S\n]*(?:[,;:.()]|$)|[^\S\n]+(?:và|chiếm)[^\S\n])")   # (`là con thứ 3 trở lên`)
#: what was done on an area, said before it (`phun hóa chất diệt muỗi trên diện tích khoảng`)
_ON_AREA = lazyre.compile(r"(?P<v>\p{L}[^,;:()\d]{1,60}?)\s+trên\s+(?:tổng\s+)?diện\s+tích(?:\s+(?:khoảng|gần|hơn|trên))?\s*$",
                         regex.IGNORECASE)
#: a body of the province named by its kind (`Công an tỉnh`, `Ban Chuyên án của Công an tỉnh`, `Sở Y tế tỉnh`)
_PROVINCE_BODY = lazyre.compile(r"(?:(?<!\w)(?:của\s+)?(?:Công\s+an|Bộ\s+Chỉ\s+huy(?:\s+\p{L}+){0,4}|"
                               r"Sở(?:\s+\p{L}+){1,5}|Chi\s+cục(?:\s+\p{L}+){1,5}|Ban(?:\s+\p{L}+){1,5}|"
                               r"Đội(?:\s+\p{L}+){1,5})\s+tỉnh)(?!\w)")


#: a body whose name runs on to a province after it (`Công an tỉnh`, `Trung tâm Trợ giúp pháp lý nhà nước tỉnh`, `Chi
#: nhánh Ngân hàng Chính sách xã hội tỉnh`), or a facility's (`Bệnh viện Đa khoa tỉnh`, `Cảng quốc tế Long An`): its
#: first word, capitalised, and the words of its name, no verb's clause break
_BODY_NAMED_BEFORE = lazyre.compile(
    r"(?<!\w)(?-i:Công\s+an|Sở|Trung\s+tâm|Chi\s+cục|Cục|Ban|Đội|Phòng|Bộ\s+Chỉ\s+huy|Hội|Liên\s+đoàn|Ngân\s+hàng|"
    r"Kho\s+bạc|Bảo\s+hiểm\s+xã\s+hội|Thanh\s+tra|Tòa\s+án|Toà\s+án|Viện\s+kiểm\s+sát|Chi\s+nhánh|Quỹ|Văn\s+phòng|"
    r"Điện\s+lực|Cảnh\s+sát|Thi\s+hành\s+án|Cơ\s+sở|Bệnh\s+viện|Trường|Cảng|Nhà\s+máy|Thư\s+viện|Bảo\s+tàng|Nhà\s+hát|"
    r"Đài)(?:[^\S\n]+(?!(?:đã|đang|sẽ|vừa|có|là|của|tại|ở|cho|với|và)(?!\w))"
    r"[\p{L}&\d.-]+){0,10}?[^\S\n]+$")


#: a digit that opens a number, not one that ends a name's letters (`BOD5`, `PM2.5`, `NH4+`)
_NUMBER_OPENS = lazyre.compile(r"(?<![\p{L}\d.,])\d")
#: between two figures of a bare run: spaces only; after one that is not the run's last: spaces, then a number
_RUN_GAP = lazyre.compile(r"[^\S\n]+")
_RUN_GOES_ON = lazyre.compile(r"[^\S\n]+\d")


def _in_bare_run(text: str, before: Draft, d: Draft) -> bool:
    """Whether ``d`` goes on a run of bare figures right after ``before`` (see :meth:`Context.attach_as`), and is not
    its last: what stands after the run may be the last figure's own."""
    return (d.kind == before.kind and d.unit == before.unit and d.rule == before.rule and d.approx == before.approx
            and d.attr_end == d.end and before.attr_end == before.end
            and _RUN_GAP.fullmatch(text, before.end, d.start) is not None
            and _RUN_GOES_ON.match(text, d.end) is not None and _bare(d) and _bare(before))


def _bare(d: Draft) -> bool:
    """Whether ``d`` has none of the attributes that keep a figure off a bare run (asked field by field: a generator
    over them cost more than the rest of :func:`_in_bare_run` on a figure-dense line)."""
    return d.change is None and d.percent is None and d.total is None and d.target is None and d.whole is None and \
        d.further_of is None and d.per is None and d.value_max is None


def _without_province_bodies(gap: str) -> str:
    """``gap`` with the bodies of the province it names blanked (:data:`_PROVINCE_BODY`)."""
    return _PROVINCE_BODY.sub(" ", gap) if "tỉnh" in gap else gap


#: a clause that opens a sentence by what it carries out, when or why (`Thực hiện Nghị quyết số 10-NQ/TU …,`, `Trước khi
#: bão đổ bộ,`, `Do suy giảm đơn hàng,`)
_OPENING_ADVERBIAL = lazyre.compile(r"^\s*(?:[-–+•*]\s*)?(?:thực\s+hiện|triển\s+khai|hưởng\s+ứng|căn\s+cứ|trước\s+khi|"
                                   r"sau\s+khi|khi|để|nhằm|do|vì|nhờ)"
                                   r"\s[^,;:\n]{1,150}?,\s*", regex.IGNORECASE)
#: `cho` right before a count (and its qualifier): those a verb is done for
_FOR_BEFORE = lazyre.compile(r"(?<!\w)cho\s+(?:(?:khoảng|gần|hơn|trên|tổng\s+số)\s+)?$", regex.IGNORECASE)
#: some places, named by no name (`một số nơi`, `nhiều địa phương`, `có nơi`)
_SOME_PLACES = lazyre.compile(r"(?:một\s+số|nhiều|các|những|có|một\s+vài|vài)\s+(?:nơi|địa\s+phương|điểm|khu\s+vực|vùng|trạm)",
                             regex.IGNORECASE)
#: how usual or how mean a level said before was (`Lượng mưa phổ biến`, `nhiệt độ trung bình`): not said of some places
_COMMONLY = lazyre.compile(r"(?<!\w)(?:phổ\s+biến|trung\s+bình|bình\s+quân)(?!\w)", regex.IGNORECASE)
#: an organisation named with its place right before what it has (`KBNN Hải Lăng có`, `Chi cục Thuế Hoàng Mai có`)
_NAMED_OWNER = lazyre.compile(r"(?<!\w)(?:\p{Lu}[\p{L}'-]*\s+)+\p{Lu}[\p{L}'-]*\s*$")
#: what a sentence says a place is, right before what it has (`… vẫn là địa phương có`, `là đơn vị có`)
_PLACE_ROLE = lazyre.compile(r"(?<!\w)(?:là|trở\s+thành)\s+(?:địa\s+phương|đơn\s+vị|huyện|xã|tỉnh|quận|phường)\s*$",
                            regex.IGNORECASE)
#: the superlative that ranks what the clause names, right before the figure (`hướng dẫn viên sử dụng tiếng Anh chiếm tỷ lệ cao
#: nhất với`, `lao động Trung Quốc đông nhất với`)
_TOP_WITH = lazyre.compile(r"\s+(?:chiếm\s+(?:tỷ|tỉ)\s+(?:lệ|trọng)\s+)?(?:cao|lớn|nhiều|đông)\s+nhất\s*,?\s*(?:với|là)"
                          r"(?:\s+(?:khoảng|gần|hơn|trên))?\s*$", regex.IGNORECASE)
#: what a place has, named after its last `có` (`… huyện Hà Trung có trữ lượng được phê duyệt`)
_HAS_A = lazyre.compile(r"(?<!\w)có\s+(?P<what>\p{L}[^()]*?)\s*$")
#: the comma then the verb that give the value of what was just named, at the end of the words before a figure
_VALUE_AFTER_COMMA = lazyre.compile(r",\s*(?:đạt|là|ở\s+mức)(?:\s+(?:khoảng|gần|hơn|trên|dưới))?\s*$", regex.IGNORECASE)
#: a share's verb alone, all that its clause says before the share (`, chiếm khoảng 72%`)
_BARE_SHARE_VERB = lazyre.compile(r"chiếm(?:\s+(?:khoảng|gần|hơn|trên|tới|đến))?", regex.IGNORECASE)
#: the name of the next item of a list after a figure's own words: `và tổng số …`, `, tỷ lệ …`
_NEXT_INDICATOR = lazyre.compile(r"\s*(?:,|\svà)\s+(?:tổng số|số lượng|tỷ lệ|tỉ lệ)\s|\s+với\s+(?:tổng|số lượng)\s",
                             regex.IGNORECASE)
#: the verb of a multiple at the end of what it says is so many times (`cao gấp`, `tăng gấp`, `gấp`, `bằng`)
_MULTIPLE_VERB = lazyre.compile(r"(?:(?<!\w)(?:cao|lớn|nhiều|tăng|nhanh|rộng|dài|nặng|đông)(?:\s+hơn)?\s+)?(?<!\w)(?:gấp|bằng)\s*$",
                               regex.IGNORECASE)
#: what a multiple is of, after it: `2 lần so với năm trước`, `1,5 lần Quảng Ninh`, `gấp đôi năm 2023`; not a cause
#: or a purpose said after it (`lãi gấp ba nhờ làm muối trên bạt`)
_MULTIPLE_BASE = lazyre.compile(r"[^\S\n]*(?:so\s+với[^\S\n]+)?(?P<b>(?!(?:và|nhưng|do|khi|nên|nhờ|vì|bởi|để)(?!\w))\p{L}[^,;.()\d\n]{0,40}"
                               r"(?:\d{4}(?!\d))?)", regex.IGNORECASE)
#: a part's qualifier after its unit (or after its attributes): whom it is for, where it is, what it belongs to, what
#: caused it, what it is on (`38 sự cố trên lưới điện trung áp và 108 sự cố …`; not `trên địa bàn`, a place)
_PART_QUALIFIER = lazyre.compile(r"[^\S\n]+(?P<q>(?:cho|ở|tại|thuộc|của|do|trên(?![^\S\n]+(?:địa[^\S\n]+bàn|toàn|cả)(?!\w)))"
                                r"[^\S\n]+\p{L}[^,;.()\n]{1,50}?)(?=[^\S\n]*(?:[,;.()\n]|$|và[^\S\n]+\d))",
                                regex.IGNORECASE)
#: the verb of a move in rank or value ending a clause (`Chỉ số PCI của tỉnh tụt`)
_MOVE_VERB_END = lazyre.compile(r"\s+(?:tăng|giảm|tụt)(?:\s+[\d.,]+\s+(?:bậc|hạng|điểm))?[\s,]*$", regex.IGNORECASE)
#: what a total's name opens with (`tổng số tiền`: `tiền` is all it names)
_TOTAL_WORDS = lazyre.compile(r"^(?:tổng\s+)?(?:số\s+)?", regex.IGNORECASE)
#: `9 tuyến đường bị sạt lở với tổng khối lượng đất đá khoảng 12.000 m3`: a figure's companion named after `với`
#: (by more than `tổng số` and one word)
_COMPANION_NAME = lazyre.compile(r"\d[^\d]*?\svới\s+(?P<name>(?:tổng|số lượng)\s[^\d,;()]+)$", regex.IGNORECASE)
#: `xây dựng 3 kho chứa với sức chứa 5.000 tấn/kho`, `38 xe hoạt động với tần suất 2 lần/ngày`: a measure named right
#: after `với` by a noun of two to four words, after another figure of the clause
_MEASURE_COMPANION = lazyre.compile(r"\d[^\d]*?\svới\s+"
                                   r"(?P<name>(?!(?:tổng|số\s+lượng|sự|các|những)\s)\p{Ll}+(?:\s+\p{Ll}+){1,3}?)"
                                   r"(?:\s+(?:khoảng|gần|hơn|trên|từ|tối\s+đa|tối\s+thiểu|lên\s+(?:tới|đến)|là|đạt|"
                                   r"dự\s+kiến|ước|"
                                   r"bình\s+quân|trung\s+bình))*\s*$")
#: the clause after a figure up to `với` and the words that name the next figure (`… hoạt động với tần suất 2 lần`)
_NAMES_NEXT_FIGURE = lazyre.compile(r"[^,;:.()\n\d]*?(?P<with>\s+với\s+)(?:\p{L}+\s+){1,4}"
                                   r"(?:(?:khoảng|gần|hơn|trên|tối\s+đa|tối\s+thiểu)\s+)?\d")
#: a sum named by little more than its noun right after `với` (`với tổng vốn dự kiến khoảng`, `với tổng khối lượng`)
_BARE_SUM_AFTER = lazyre.compile(r"\svới\s+(?P<name>tổng\s+(?:số\s+)?\p{L}+(?:\s+(?!dự\s+kiến|ước)\p{L}+)?)"
                                r"(?:\s+(?:dự\s+kiến|ước(?:\s+tính)?|khoảng|gần|hơn|trên|là|lên\s+(?:tới|đến)))*\s*$",
                                regex.IGNORECASE)
_A_NUMBER = lazyre.compile(r"(?<![\p{L}\d])\d[\d.,]*(?![\p{L}\d])")
#: a sum said after `với` of a count before it in the clause (`xử phạt 27 vụ với tổng số tiền`, `cho vay 612 lao động
#: với số tiền`): the count's number, and the sum's name (a capital or an outlay is the things': subjects.toml
#: [attributes])
_SUM_COMPANION = lazyre.compile(r"(?P<count>\d[\d.,]*)[^\S\n][^\d]*?\svới\s+(?P<name>(?:tổng\s+)?(?:số\s+)?"
                               r"(?:tiền|giá\s+trị))\s*(?:(?:khoảng|gần|hơn|trên|xấp\s+xỉ|là|lên\s+(?:tới|đến))\s*)?$",
                               regex.IGNORECASE)
#: an item of a list that names its own indicator after the last coordinator: `… và tổng số lao động đăng ký`
#: who did what a count is the object of, then an aspect word and the verb (see ``Context._without_agent``)
_AGENT_ASPECT = lazyre.compile(r"^(?P<agent>\S.*?)\s+(?:đã|đang|sẽ|vừa|cũng|dự kiến)(?:\s+(?:đã|đang|được|tiếp tục|kịp thời))*"
                              r"\s+(?P<verb>\p{L}.*)$")
#: a public office that handles cases, files or people (`Trung tâm Phục vụ hành chính công tỉnh`, `Ban Tiếp công dân`,
#: `UBND huyện`): what it handles is named by the handling, not by the office
_OFFICE = lazyre.compile(r"(?:các\s+)?(?:UBND|Ủy\s+ban|Sở|Phòng|Ban|Trung\s+tâm\s+(?:Phục\s+vụ|Hành\s+chính|"
                        r"Dịch\s+vụ\s+việc\s+làm|Trợ\s+giúp)|Chi\s+cục|Cục|Công\s+an|Tòa\s+án|Viện\s+kiểm\s+sát|"
                        r"Văn\s+phòng|Thanh\s+tra|Bộ\s+phận|Hội\s+đồng|Kho\s+bạc|Hải\s+quan|Đội|Bảo\s+hiểm\s+xã\s+hội|"
                        r"BHXH)(?!\w)")
#: verbs of hosting or keeping (`đón`, `thu hút`, `quản lý`, `chăm sóc`): who does it names what is counted
_HOSTS = lazyre.compile(r"(?:đón|thu\s+hút|quản\s+lý|chăm\s+sóc|có|phục\s+vụ|khai\s+thác|vận\s+hành|nuôi|"
                       r"lưu\s+giữ|bảo\s+quản)(?!\w)", regex.IGNORECASE)
#: the money a verb of spending, collecting or raising moves (`giải ngân` capital, `trích` funds, `vận động` cash)
_MONEY_OF_VERB = (
    ("vốn", lazyre.compile(r"giải\s+ngân|đầu\s+tư|huy\s+động|cho\s+vay", regex.IGNORECASE)),
    ("kinh phí", lazyre.compile(r"bố\s+trí|phân\s+bổ|trích|chi(?:\s+trả)?|cấp|dành|hỗ\s+trợ", regex.IGNORECASE)),
    ("tiền", lazyre.compile(_COLLECTS + r"|vận\s+động(?:\s+(?:thêm|được))?|ủng\s+hộ|quyên\s+góp|nộp|bồi\s+thường",
                           regex.IGNORECASE)),
)
#: the `với` that ends the words between a count and the sum said with it
_WITH_END = lazyre.compile(r"\s*với\s*$")
#: being fined, right before the sum (`bị phạt`, `bị xử phạt tiền`)
_FINED = lazyre.compile(r"(?P<verb>bị\s+(?:xử\s+)?phạt)(?:\s+tiền)?\s*$")
#: where the one fined is, after its name (`tại tổ 5, phường Trần Lãm`, `ở xã …`, `có địa chỉ …`)
_AT_ADDRESS = lazyre.compile(r"\s(?:tại|ở|có\s+địa\s+chỉ)\s")
#: an example's opening (`Điển hình là`, `Cụ thể,`)
_EXAMPLE_OPENING = lazyre.compile(r"^\s*(?:(?:Điển\s+hình|Cụ\s+thể|Trong\s+đó|Đáng\s+chú\s+ý)\s*,?\s*(?:là\s+|như\s+)?)",
                                 regex.IGNORECASE)
#: an event that drew those counted (`Hội thi … thu hút`, `Giải chạy … đã quy tụ`)
_DRAWS = lazyre.compile(r"(?P<event>\S.*?)\s+(?:đã\s+)?(?:thu\s+hút|quy\s+tụ)(?:\s+được)?"
                       r"(?:\s+(?:khoảng|gần|hơn|trên))?",
                       regex.IGNORECASE)
#: at most so many words name such an event (a longer name runs on into who held it or why)
_EVENT_WORDS = 8
#: the year or month an event is of, after its name (`Cuộc thi Đại sứ Văn hóa đọc năm 2023`): a time, no part of it
_EVENT_TIME = lazyre.compile(r"\s+(?:năm|tháng|quý)\s+[\dIVX/]+$", regex.IGNORECASE)
_NOT_AN_EVENT = lazyre.compile(r"\d|(?<!\w)(?:do|dự kiến|được|đã)(?!\w)", regex.IGNORECASE)
#: a sum that those counted after it hold: a debt, a loan, a deposit, a capital (`dư nợ`, `tiền gửi`, `vốn`)
_HELD_SUM = lazyre.compile(r"(?:dư\s+nợ|nợ|cho\s+vay|tiền\s+gửi|vốn|nguồn\s+vốn|tiết\s+kiệm)(?!\w)", regex.IGNORECASE)
#: a count joined to the figure before it by `với` (`… 5.764 tỷ đồng với 98.350 khách hàng`)
_WITH_COUNT = lazyre.compile(r"[^\S\n]*,?[^\S\n]*với[^\S\n]+(?:(?:khoảng|gần|hơn|trên|xấp\s+xỉ|tổng\s+số)[^\S\n]+)?",
                            regex.IGNORECASE)
#: a doer and a verb of spending with no aspect word (`Nhà trường dành`, `Huyện chi`, `UBND tỉnh trích`)
_SPENDS = lazyre.compile(r"^(?P<agent>\S.*?)\s+"
                        r"(?P<verb>dành|chi|trích|bố\s+trí|phân\s+bổ|hỗ\s+trợ|đầu\s+tư|cấp|huy\s+động)$")
#: in such a doer, a word that makes it one that receives, or a verb phrase (`Mỗi hộ được`, `đã chi`)
_PASSIVE_OR_ASPECT = lazyre.compile(r"(?<!\w)(?:được|bị|đã|đang|sẽ|vừa|cũng|chi)(?!\w)", regex.IGNORECASE)
#: a doer that needs a sum (`huyện cần`, `tỉnh còn cần`): the sum is named by what it is needed for
_NEEDED_BY = lazyre.compile(r"^(?:(?P<agent>\S.*?)\s+)?(?:còn\s+)?(?P<verb>cần)$")
#: the words of many doers' own noun and verb (`các cơ sở đóng sửa`) before the noun they handle
_DOER_WORDS = 4
_PLURAL = lazyre.compile(r"(?:các|những|một số|nhiều)\s", regex.IGNORECASE)
#: what a sum is spent on, right after it: `cho …`, `để …`, `nhằm …`, `từ <source> để/cho …`, to the end of the clause
_PURPOSE = lazyre.compile(r"[^\S\n]+(?P<p>(?:cho|để|nhằm|từ[^\S\n]+[^,;.:()\d\n]{1,50}?[^\S\n]+(?:để|cho))[^\S\n]+"
                         r"[^,;.:()\n]{2,100}?)(?=[^\S\n]*(?:[,;.:()\n]|$))")
#: a number inside a purpose (`cho 4 dự án nhà ở xã hội`): a figure of its own, no word of the name
_NUMBER_WORD = lazyre.compile(r"(?<!\S)\d[\d.,]*(?!\S)")
#: the clause before a count of people harmed: `làm chết`, `bị thương`, `làm bị thương`, `mất tích`
_HARMED = lazyre.compile(r"(?:(?P<cause>\S.{0,60}?)\s+(?:đã\s+)?làm\s+|(?:đã\s+)?(?:làm\s+)?)"
                       r"(?P<v>chết|tử\s+vong|bị\s+thương|mất\s+tích|bị\s+nạn)", regex.IGNORECASE)
#: the noun that counts incidents, before what they were (`vụ tai nạn giao thông`), and how many figures back one is
#: looked for; `xảy ra` after what happened
_INCIDENT = lazyre.compile(r"(?i:vụ)\s+(?=\p{L})")
_HAPPENED = lazyre.compile(r"\s+(?:đã\s+)?xảy\s+ra$", regex.IGNORECASE)
_HARM_LOOKBACK = 4
#: a doer that is an authority or a body spoken of by its kind, without a name: `tỉnh`, `UBND huyện`, `Ban Tổ chức`
_BODY = lazyre.compile(r"(?:(?:UBND|Ủy\s+ban\s+nhân\s+dân)\s+)?(?:tỉnh|huyện|thành\s+phố|thị\s+xã|quận|xã|phường|thị\s+trấn)"
                      r"|Ban\s+Tổ\s+chức|Công\s+ty|(?:toàn\s+)?ngành(?:\s+\p{Ll}+){0,2}|Sở|các\s+ngân\s+hàng|ngân\s+hàng|nhà\s+trường"
                      r"|đơn\s+vị|địa\s+phương|chúng\s+tôi"
                      # (a body said by its kind alone, no name: `Dự án đã cấp miễn phí 455 kính`, `Hội đã trao tặng`;
                      # not `Trung tâm đang giải quyết`, an office that handles them, how the figure is known)
                      r"|dự\s+án|chương\s+trình|hội|bệnh\s+viện|quỹ|chi\s+cục|cục|trạm|đoàn", regex.IGNORECASE)
#: a word of a name after the first: a capital then a small letter (`Nghi Sơn`; not an abbreviation, `PCCC`)
_NAMED = lazyre.compile(r"(?<=\s)\p{Lu}\p{Ll}")
_AND_SPLIT = lazyre.compile(r"\s+và\s+")
_OWN_NAME = lazyre.compile(r"(?:,|\svà)\s+(?P<name>(?:tổng số|số lượng|tổng|tỷ lệ|tỉ lệ)\s[^\d,;]+)$", regex.IGNORECASE)
#: a claim with its number (`đạt 0,6647 điểm`, `xếp thứ 27`) and a clause that ends in its own verb
_CLAIM = lazyre.compile(r"(?<!\w)(?:đạt|là|chiếm|bằng|tăng|giảm|thứ|còn)\s+\d", regex.IGNORECASE)
#: after `và`, a verb alone that goes on with the subject before (`… đạt 75% và có ít nhất 2.000 hướng dẫn viên`)
_VERB_ONLY = lazyre.compile(r"\s*(?:có|đạt|còn|là)(?:\s+(?:ít nhất|tối thiểu|khoảng|gần|hơn|trên|dưới|xấp xỉ))?\s*",
                           regex.IGNORECASE)
_VERB_END = lazyre.compile(r"\p{L}.*\s(?:đạt|là|chiếm|bằng|tăng|giảm|xếp|đứng|có|ước đạt)\s*$", regex.IGNORECASE)


#: The tail patterns above (anchored with ``$``) compiled to search backwards from the end of a
#: phrase: the same match as a forward search (a property test holds them to it), without trying
#: every position of a long phrase first.
TAILS = {name: lazyre.compile(rx.pattern, rx.flags | regex.REVERSE)
         for name, rx in (("copula", _COPULA), ("time", _TIME), ("trailing", _TRAILING), ("rank", _RANK_TAIL))}


def _cut_tail(name: str, s: str) -> str:
    """``s`` without what tail pattern ``name`` matches at its end.

    A match ends where ``$`` holds: at the very end, or before a final line break. So the backward search
    is tried at the end first (``match``: no other position is looked at), and only a phrase ending in
    white space is searched further."""
    rx = TAILS[name]
    m = rx.match(s) or (rx.search(s) if s[-1:].isspace() else None)
    return s[:m.start()] if m else s


def _has_tail(name: str, s: str) -> bool:
    """Whether tail pattern ``name`` matches at the end of ``s``: asked as :func:`_cut_tail` asks it (at the end
    first), not by a backward search that tries every position of ``s``."""
    rx = TAILS[name]
    return rx.match(s) is not None or (s[-1:].isspace() and rx.search(s) is not None)


@functools.lru_cache(maxsize=4096)   # pure; a figure-dense list repeats its short clauses
def _clean_post(post: str, age: regex.Pattern[str] | None = None) -> str:
    """The words after a figure that say what it counts, or "" (``age``: the subjects rule for an age bound
    that says who is counted, `trẻ em dưới 1 tuổi`, which a word such as `dưới` may open)."""
    post = _BOUND_AFTER.sub("", _DETERMINER.sub("", _BULLET.sub("", post.strip())))
    post = _LEVEL_SPAN.sub("", post)
    nxt = _NEXT_INDICATOR.search(post)
    if nxt is not None:     # `… doanh nghiệp thành lập mới và tổng số lao động đăng ký …`: the next item's name
        post = post[:nxt.start()]
    cited = _CITATION_AFTER.search(post) if "theo" in post or "căn cứ" in post else None
    if cited is not None:   # `98,5 tỷ đồng theo Nghị quyết số 185/2019/NQ-HĐND`: by what right, not what it is
        post = post[:cited.start()]
    opener = _CLAUSE_OPENER.search(post)
    if opener is not None:  # `14 trạm làm lạnh trước khi chuyển về nhà máy`: a clause of its own, no part of the name
        post = post[:opener.start()]
    for _ in range(3):
        cut = _cut_tail("trailing", post)
        if cut == post:     # (nothing more to cut: the next round would ask the same)
            break
        post = cut
    scope = _SCOPE_FIRST.match(post)
    if scope is not None and post[scope.end():].split(" ", 1)[0].lower() not in _POST_STOP:
        post = post[scope.end():]
    first = post.split()[0].lower() if post.split() else ""
    if not first or not (_LETTER.match(first) or _GLUED_NAME.fullmatch(first)):
        return ""
    not_yet = _NOT_YET.match(post) is not None
    if first in _POST_STOP and (age is None or age.match(post) is None) and not not_yet and \
            _STOP_WORD_COMPOUND.match(post) is None:
        return ""
    if not_yet:
        # `48 mẫu không đạt do tỷ lệ nảy mầm thấp`: what has not happened says which ones (`không đạt` too, function
        # words as it is made of); why, no part of them
        return _BECAUSE.split(post, maxsplit=1)[0]
    # `… người đạt 102,1%`: a verb whose object is the next number names nothing of its own
    return "" if _names_nothing(post) else post


def _counted_as(unit: str, words: str) -> str:
    """The subject of a count of ``unit`` that ``words`` describe: the unit, then the words, unless they open
    with the unit already (`trong đó hộ dân tộc thiểu số 820 hộ`: `hộ dân tộc thiểu số`, not `hộ hộ …`) or name it
    as the second word of their noun (`trẻ em mồ côi 96 em`).

    >>> _counted_as("hộ", "hộ dân tộc thiểu số"), _counted_as("hộ", "dân tộc thiểu số"), _counted_as("hộ", "hội viên")
    ('hộ dân tộc thiểu số', 'hộ dân tộc thiểu số', 'hộ hội viên')
    >>> _counted_as("em", "trẻ em mồ côi"), _counted_as("hộ nghèo", "Tổng số hộ nghèo")
    ('trẻ em mồ côi', 'hộ nghèo')
    """
    words = words.strip()
    said = _HEAD.match(words) if unit else None
    if said is not None and words[said.end():].lower().startswith(unit.lower()):
        words = words[said.end():]      # `Tổng số hộ nghèo`, `số phiếu phát ra`: the things, named by the label
    if unit and words.lower().startswith(unit.lower()) and not words[len(unit):len(unit) + 1].isalnum():
        return words
    if unit and " " not in unit and words.split()[1:2] == [unit] and not words.split()[0].endswith(","):
        return words    # (not the unit said again after a comma: `cầu khỉ, cầu tạm` of `142 cầu`)
    if unit and _people(unit) and _POPULATION.match(words):
        return words    # (`Dân số trung bình năm 2024 của tỉnh là 1.320.500 người`: a population is counted in people)
    return f"{unit} {words}".strip()


#: a noun that is itself a number of people (`dân số`, `lực lượng lao động`)
_POPULATION = lazyre.compile(r"(?:dân\s+số|lực\s+lượng\s+lao\s+động)(?!\w)", regex.IGNORECASE)


@functools.lru_cache(maxsize=4096)   # pure; a figure-dense list repeats its short clauses
def _clean_pre(before: str) -> str:
    if not _LETTER.search(before):
        return _clean_letterless(before)
    return _clean_words(before)


#: the last verb that says what a survey, a check or a report shows, or what someone says (`… cho thấy`, `… cho biết`),
#: and the space after it
_SHOWS = lazyre.compile(r"(?r)(?<!\w)(?:cho\s+thấy|cho\s+biết)\s+", regex.IGNORECASE)
#: what ``[.…\s]+$`` takes off a phrase's end: dots and every character the regex module calls white space
_DOTS_AND_SPACE = ".…\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
                  "\u2028\u2029\u202f\u205f\u3000"


def _clean_letterless(before: str) -> str:
    """:func:`_clean_words` of a phrase with no letter (`5% 7% 3%` on a figure-dense line): every rule there cuts
    words, but for the bullet before and the dots after."""
    return _BULLET.sub("", before.strip()).rstrip(_DOTS_AND_SPACE).strip()


def _clean_words(before: str) -> str:
    if "cho" in before:
        shown = _SHOWS.search(before)
        if shown is not None and _LETTER.search(before, shown.end()):
            # `Khảo sát tại 1.286 doanh nghiệp cho thấy mức thưởng Tết bình quân là …`, `Sở GD-ĐT cho biết năm học
            # này toàn tỉnh có khoảng 285.000 học sinh`: what a survey shows or someone says is named after the verb;
            # who found it out or says it is no part of it
            before = before[shown.end():]
    if "số" in before:     # `… được giao theo Quyết định số 1520/QĐ-UBND ngày 15/9/2023 là`: by what right, not what
        before = _CITATION_BEFORE.sub("", before)
    if "phấn" in before:
        planned = _PLAN_CUE.sub("", before, count=1)
        # `Bảo tàng Cổ vật … phấn đấu đạt 350.000 lượt`: when only `đạt` follows the cue, the planner is what is counted
        if planned != before:
            return _clean_plain(planned) or _clean_plain(_PLAN_CUE_WORD.sub(" ", before, count=1))
    return _clean_plain(before)


def _clean_plain(before: str) -> str:
    # (the rounds below mostly ask a tail pattern again of a phrase it left as it was: each answer is kept)
    cuts: dict[tuple[str, str], str] = {}

    def cut(name: str, s: str) -> str:
        key = (name, s)
        out = cuts.get(key)
        if out is None:
            out = cuts[key] = _cut_tail(name, s)
        return out

    pre = cut("rank", _BULLET.sub("", _SUCH_AS.sub("", _BUT.sub("", before.strip()))))
    pre = cut("copula", pre).strip()
    pre = cut("time", pre).strip()
    for _ in range(3):
        was = pre
        pre = _LEAD.sub("", pre).strip()
        pre = cut("copula", pre).strip()
        pre = cut("time", pre).strip()
        if pre == was:
            break
    pre = cut("trailing", pre).strip()
    # what is left of `… sử dụng ít (mới gần 18%)` is `mới`: function words alone name nothing
    return "" if _names_nothing(pre) else pre


def _names_nothing(phrase: str) -> bool:
    """Whether ``phrase`` is made only of function words (:data:`_NOT_A_SUBJECT`); its first word mostly
    answers (a long clause of a figure-dense line is not split for that)."""
    first = phrase.split(None, 1)[:1]
    if first and first[0].lower() not in _NOT_A_SUBJECT:
        return False
    return all(w.lower() in _NOT_A_SUBJECT for w in phrase.split())


#: who plans and the plan's cue before what a target counts (`tỉnh phấn đấu hoàn thành 12.500 căn`, `Vườn quốc gia Cúc
#: Phương phấn đấu đón 110.000 lượt khách`): how sure, and whose plan, not what is counted (the verb after it is)
_PLAN_CUE_WORDS = r"(?<!\w)phấn\s+đấu(?!\w)[\s,]*"
_PLAN_CUE = lazyre.compile(r"^[^.;:\d]*?" + _PLAN_CUE_WORDS, regex.IGNORECASE)
#: (the cue alone, its planner kept, when the planner is what is counted)
_PLAN_CUE_WORD = lazyre.compile(r"\s*" + _PLAN_CUE_WORDS, regex.IGNORECASE)
#: adverbials that open a sentence, each closed by a comma (`Đáng chú ý, trong 8 tháng năm 2024, `, `Ngay sau khi nhận hồ
#: sơ, `, `Để giảm tải, `)
_OPENING_ADVERBIALS = lazyre.compile(r"(?:(?:đáng\s+chú\s+ý|đặc\s+biệt|ngay\s+(?:sau|khi)|để|đối\s+với|ở|tại|trong|qua|sau|"
                                    r"theo|bên\s+cạnh(?:\s+đó)?|ngoài\s+ra|nhờ|từ|đến|tính\s+đến|hiện(?:\s+nay)?|năm|"
                                    r"tháng|quý|cụ\s+thể|riêng)(?!\w)[^,;:]{0,80},\s*)+", regex.IGNORECASE)
#: words that open a clause of time, purpose or cause after the things counted (`trước khi`, `nhằm`, `do thiếu`): what
#: follows says when, what for or why, not which ones
#: what `do` opens when it gives a cause, not a doer (`do thiếu …`, `do ảnh hưởng …`)
_CAUSE_WORDS = r"thiếu|ảnh\s+hưởng|tác\s+động|chưa|không|bị|gặp"
_CLAUSE_OPENER = lazyre.compile(r"(?:^|\s+)(?:trước\s+khi|nhằm|tùy|tuỳ|cho\s+thấy|"
                               # (a clause set against it: `gần 9 tấn mật nhưng mới bán được`, `hơn 38.000 người song`;
                               # not a second predicate of the things, `117 hộ đã có phương án … nhưng chưa nhận tiền`)
                               r"(?:nhưng|song(?!\s+(?:song|ngữ|hành|phương|sinh)))(?!\s+(?:vẫn\s+)?(?:chưa|không))|"
                               r"tuy\s+nhiên|"
                               rf"do\s+(?:{_CAUSE_WORDS}))"
                               r"(?!\w)", regex.IGNORECASE)
#: `do` opening a reason that is a clause of its own, led by what happened or failed (`thu hồi 27 thẻ do vi phạm quy
#: định`, `phải chia 2 ca do thiếu phòng học`): why something was done to the things, no part of their name
_CAUSE_CLAUSE = lazyre.compile(rf"do\s+(?:{_CAUSE_WORDS}|vi\s+phạm|vướng|còn|có|phải|đã|đang|được|chậm)(?!\w)",
                              regex.IGNORECASE)
#: the reason given after what has not happened (`… chưa thực hiện do chưa bố trí vốn`)
_BECAUSE = lazyre.compile(r"\s+(?:do|vì|bởi)\s", regex.IGNORECASE)
#: `29 tàu chưa lắp đặt thiết bị`, `45 xã chưa có đường ô tô`, `48 mẫu không đạt`: what has not (yet) happened says which
#: ones are counted (not `chưa kể`, `chưa tính`: what is left out; not `không quá`, `không chỉ`)
_NOT_YET = lazyre.compile(r"(?:chưa|không)\s+(?!(?:kể|tính|bao\s+gồm|quá|dưới|vượt|chỉ|những|phải|thể)(?!\w))\p{L}",
                         regex.IGNORECASE)
#: `2.391 mẫu đạt, 59 mẫu không đạt`: `đạt` with no object (the clause ends, or `và` goes on to the next) says the
#: things passed; `không đạt`, `chưa đạt` that they failed (not `đạt 95%`, a claim whose object is its number, nor `đạt và
#: vượt chỉ tiêu`, whose object follows)
_PASSED_ALONE = lazyre.compile(r"[^\S\n]*(?P<p>(?:(?:không|chưa)[^\S\n]+)?đạt)(?=[^\S\n]*(?:[,.;:()]|\n|$)|[^\S\n]+và(?!\w)(?![^\S\n]+vượt))",
                               regex.IGNORECASE)
#: the next figure of a list of percents, right after one: ` 7%`, `, 4,5%`
_NEXT_PERCENT = lazyre.compile(r"[\s,;]*\d[\d.,]*\s*%")
#: units that name what they measure (a score, a temperature)
_NAMING_UNITS = frozenset({"điểm", "độ", "độ c", "°c"})
_TEMPERATURE_UNITS = frozenset({"độ c", "°c"})
#: the span of administrative levels a count reaches (`cơ quan nhà nước từ cấp tỉnh đến cấp huyện, cấp xã`): where, not
#: what is counted
_LEVEL_SPAN = lazyre.compile(r"\s+từ\s+cấp\s+\p{L}+\s+(?:đến|tới)\s+cấp\s+\p{L}+(?:\s*(?:,|và)\s*cấp\s+\p{L}+)*(?!\w)",
                         regex.IGNORECASE)
#: `từ 60 triệu đồng trở lên`: the bound goes with the number (an approx), it names nothing
_BOUND_AFTER = lazyre.compile(r"^trở\s+(?:lên|xuống)(?!\w)[\s,]*", regex.IGNORECASE)
#: a place that scopes what was just counted (`trên địa bàn huyện`, `tại xã Thanh Lĩnh`, `của tỉnh`): where, which
#: the location says; what follows it goes on naming the things (`100% trường học trên địa bàn huyện đã thu học phí
#: không dùng tiền mặt`). Not `trong`/`ngoài tỉnh`, which set things apart (`lao động trong tỉnh và ngoài tỉnh`).
_SCOPE_LEVEL = r"(?:tỉnh|thành\s+phố|huyện|thị\s+xã|quận|xã(?!\s+hội)|phường|thị\s+trấn)(?!\w)"
_SCOPE_NAME = r"(?-i:\p{Lu}\p{L}*)(?:\s+(?-i:\p{Lu}\p{L}*)){0,3}"
_SCOPE_FIRST = lazyre.compile(
    # (`tại`, `ở` with the place's name only: `tại các xã vùng sâu` describes which)
    r"^(?:(?:(?:trên\s+địa\s+bàn|thuộc|của)\s+(?:(?:các|toàn|cả)\s+)?|toàn\s+)" + _SCOPE_LEVEL +
    r"(?:\s+" + _SCOPE_NAME + r")?|(?:tại|ở)\s+" + _SCOPE_LEVEL + r"\s+" + _SCOPE_NAME + r")\s+(?!(?-i:\p{Lu}))"
    r"|^trên\s+địa\s+bàn\s+(?=(?-i:\p{Ll}))(?!(?:các|toàn|cả)\s|" + _SCOPE_LEVEL + ")",
    regex.IGNORECASE)
#: words that end a figure's modifiers when they come first after it
_POST_STOP = {"là", "và", "so", "thì", "mà", "nhưng", "hay", "hoặc", "với", "của", "trên", "dưới", "đến", "tới", "từ",
              "sau", "trước", "vào", "ở",
              "cho", "để", "khi", "do", "không", "chưa", "cũng", "này", "đó", "so với",
              # a change or a level goes on after the figure (`từ 70.000 đồng xuống còn …`)
              "xuống", "tăng", "giảm", "gấp", "chiếm", "bằng",
              # what it caused (`tăng khoảng 15% khiến một số cơ sở phải thu hẹp sản xuất`)
              "khiến", "dẫn",
              # the examples of what was said (`một số nơi trên 200 mm như Bát Xát 236 mm`)
              "như",
              # what it depends on (`từ 3 đến 4 triệu đồng tùy thể loại`)
              "tùy", "tuỳ"}
#: the rest of a list of names after a comma, up to the clause's end: `, Mông, Khơ Mú.`, `, Mông và Dao;`
_NAME_LIST = lazyre.compile(r"(?:,[^\S\n]+(?-i:\p{Lu}\p{Ll}*)(?:[^\S\n]+(?-i:\p{Lu}\p{Ll}*)){0,2})*"
                           r"(?:,|[^\S\n]+và)[^\S\n]+(?-i:\p{Lu}\p{Ll}*)(?:[^\S\n]+(?-i:\p{Lu}\p{Ll}*)){0,2}(?=[^\S\n]*(?:[.;]|$))")
#: names of places after their level (`ở các phường An Bình, Hưng Lợi, …`): where, not what is counted
_PLACES_BEFORE = lazyre.compile(r"(?<!\w)(?:phường|xã|huyện|quận|thị\s+xã|thị\s+trấn|tỉnh|thành\s+phố|TP\.?)"
                               r"(?:\s+(?-i:\p{Lu}\p{Ll}*))+$", regex.IGNORECASE)
#: a name right before a comma (the first of a list of names)
_NAME_BEFORE = lazyre.compile(r"(?<!\w)(?-i:\p{Lu}\p{Ll}*)$")
#: words a stop word opens that are no stop (`40 di tích xuống cấp nghiêm trọng`, degraded; `420 chương trình bằng tiếng
#: dân tộc`, in a language; `bằng hình thức trực tuyến`, by a means)
_STOP_WORD_COMPOUND = lazyre.compile(r"(?:xuống\s+cấp|bằng\s+(?:tiếng|ngôn\s+ngữ|hình\s+thức|phương\s+thức)"
                                    # `4.018 lao động là người dân tộc thiểu số`: who the counted are, not a claim
                                    # (a class of people, not a role: `37 trường hợp là người đại diện theo pháp luật`)
                                    r"|là\s+(?:người\s+(?:dân\s+tộc|đồng\s+bào|khuyết\s+tật|cao\s+tuổi|nước\s+ngoài)|phụ\s+nữ|"
                                    r"trẻ\s+em|đồng\s+bào|đảng\s+viên|thanh\s+niên|hội\s+viên|đoàn\s+viên|con\s+em|nữ|"
                                    r"học\s+sinh|sinh\s+viên|lao\s+động)(?!\w)"
                                    # `57 ngày ở mức kém`, `8 điểm ở mức trung bình`: which ones, by their level
                                    r"|ở\s+mức(?:\s+độ)?\s+\p{L})",
                                    regex.IGNORECASE)
_FUNCTION = {"là", "và", "của", "trong", "so", "với", "trên", "đến", "tới", "từ", "được", "đã", "sẽ", "thì", "mà",
             "cho", "tại", "theo", "về", "để", "khi", "do", "bị", "không", "chưa", "cũng", "này", "đó"}
#: a phrase made only of these is no subject: function words and adverbs of degree or time
_NOT_A_SUBJECT = _FUNCTION | {"thuộc", "mới", "chỉ", "còn", "vẫn", "đều", "lại", "nữa", "thêm", "hơn", "gần", "khoảng",
                              "lên", "xuống", "mức",
                              # `Tỉnh giảm được 2.500 hộ nghèo`: the place the clause speaks of, named by its level
                              "tỉnh", "huyện", "xã", "toàn",
                              # (`Thành phố hiện có 11 công viên`: a level of two words)
                              "thành", "phố", "thị", "trấn", "quận", "phường",
                              "nhưng", "hoặc", "hay", "các", "những", "có", "đạt", "ước", "là",
                              # `hiện đã có 186 câu lạc bộ`: adverbs of time
                              "hiện", "nay", "đã", "đang", "vừa"}
_MAX_WORDS = 14
_LOOKBACK = 240
#: the whole a share is of, right before a period phrase: `chiếm khoảng 33% tổng số từ đầu năm` (the period is the whole's)
#: (or the product a share is of: `tương đương 68% GDP năm 2023` dates the GDP)
_OF_THE_WHOLE = lazyre.compile(r"(?:(?<!\w)(?:tổng\s+số|tổng)(?:\s+\p{L}+){0,3}|%\s*(?-i:GDP|GRDP))\s*$", regex.IGNORECASE)
#: a person or a household named, as the subject of a story (`Gia đình ông Nguyễn Văn Tư`, `anh Lê Minh`, `hộ bà Hai`)
_PERSON_NAMED = lazyre.compile(r"(?<!\w)(?i:ông|bà|anh|chị|cô|chú|gia\s+đình|hộ)\s+(?:(?i:ông|bà|anh|chị)\s+)?\p{Lu}\p{Ll}*")
#: a person's farm, workshop or holding, by the noun that names it (`trang trại`, `tổ may`, `vườn`)
_PERSONS_THINGS = (r"(?:[Tt]rang\s+trại|[Gg]ia\s+trại|[Vv]ườn|[Cc]ơ\s+sở|[Xx]ưởng|[Tt]ổ|[Aa]o|[Mm]ô\s+hình|[Đđ]àn|"
                   r"[Cc]ửa\s+hàng|[Ll]ò)")
#: the thing said again, a paragraph on (`Từ năm 2021, trang trại liên kết …`, `Mỗi năm trang trại cung cấp …`)
_PERSONS_THING_AGAIN = lazyre.compile(r"(?<!\w)" + _PERSONS_THINGS + r"(?!\w)")
#: a person by their title and name (`Chị Lê`, `ông Sáu`)
_PERSON_BY_TITLE = r"(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Cc]ô|[Cc]hú)\s+\p{Lu}"
#: a person's farm, shop or workshop, up to `của` and its owner (`Cửa hàng vật liệu xây dựng của `)
_THING_OF_PERSON = _PERSONS_THINGS + r"(?:[^\S\n]+\p{Ll}+){0,4}?[^\S\n]+của[^\S\n]+"
#: the shop or workshop a person owns and where it is, after their name (`, chủ một cửa hàng ở phố Hàng Hòm (quận `)
_SHOP_OWNED = (r",[^\S\n]*chủ[^\S\n]+(?:một[^\S\n]+)?" + _PERSONS_THINGS +
               r"[^;:.()\n]{0,60}?\s(?:ở|tại)\s[^;:.()\n]{0,60}(?:\(\s*)?")
#: the firm a person heads and where it is, after their name (`, Giám đốc Công ty TNHH MTV Ống nhựa Cửu Long (Khu công
#: nghiệp Hòa Phú, huyện `, `, Giám đốc Công ty cổ phần Hóa phẩm Sao Việt ở huyện `)
_FIRM_HEADED = (r",[^\S\n]*(?:(?:[Pp]hó[^\S\n]+)?(?:[Tt]ổng[^\S\n]+)?[Gg]iám[^\S\n]+đốc|[Cc]hủ[^\S\n]+tịch(?:[^\S\n]+HĐQT)?|"
                r"[Cc]hủ[^\S\n]+nhiệm)[^\S\n]+(?:[Cc]ông[^\S\n]+ty|HTX|[Hh]ợp[^\S\n]+tác[^\S\n]+xã)[^;:.()\n]{1,80}?"
                r"(?:\((?:[^()\n]{1,60},[^\S\n]*)?|\s(?:ở|tại)\s[^;:.()\n]{0,60}?)"
                r"(?:(?:huyện|thị\s+xã|quận|thành\s+phố|TP\.?)[^\S\n]*)?")
#: a sentence that opens with a person and where they live (`Chị Hồ Thị L. ở xóm 5, xã Nghi Phong (huyện `, `Gia đình
#: ông Nguyễn Văn Tư ở ấp Tân Điền, xã Tân Trung, huyện `)
#: (or with a thing of theirs: `Trang trại của ông Sáu ở xã Đồng Thanh, huyện `, `Tổ may của chị Lan ở thôn 3, xã …`)
#: (or with the shop they own: `Chị Lê Thu Hà, chủ một cửa hàng ở phố Hàng Hòm (quận `; or the firm they head)
_PERSON_LIVES_OPENING = lazyre.compile(r"[^\S\n]*(?:" + _THING_OF_PERSON + r"(?:gia\s+đình\s+)?|[Gg]ia\s+đình\s+)?" +
                                      _PERSON_BY_TITLE +
                                      r"[^,;:()\n]{0,30}?(?:\s(?:ở|tại|trú\s+(?:ở|tại))\s[^;:.\n]{0,80}|"
                                      # (or by the body of a commune they lead or serve in, the district in brackets
                                      # after it: `Ông Lê Văn Bảy, 71 tuổi, tổ trưởng tổ hòa giải khu phố 3, phường Linh
                                      # Trung (TP Thủ Đức), cho biết …`)
                                      r",[^;:.()\n]{0,80}?(?<!\w)(?:xã|phường|thị\s+trấn)\s+\p{Lu}[^,;:.()\n]{0,25}"
                                      r"\(\s*|" + _SHOP_OWNED + r"|" + _FIRM_HEADED + r")$")
#: a person said with the shop or workshop they own and where it is (`Chị Lê Thu Hà, chủ một cửa hàng ở phố Hàng Hòm
#: (quận `): what the paragraph goes on to say of its goods is there
_SHOP_OWNER_OPENING = lazyre.compile(r"[^\S\n]*" + _PERSON_BY_TITLE + r"[^,;:()\n]{0,30}?" +
                                     _SHOP_OWNED + r"$")
#: the open quote of a title named by its kind (`nhiệm vụ khoa học "`, `dự án “`, `cuộc thi "`), with no close before the
#: place after it: a place in the title names the title, not what the text is about
_QUOTED_TITLE_OPEN = lazyre.compile(r"(?<!\w)(?i:nhiệm\s+vụ|đề\s+tài|dự\s+án|chương\s+trình|mô\s+hình|cuộc\s+thi|chủ\s+đề|"
                                    r"khẩu\s+hiệu|hội\s+thảo|tọa\s+đàm|phong\s+trào|cuộc\s+vận\s+động|đề\s+án|sách|"
                                    r"phim|tác\s+phẩm)(?:[^\S\n]+\p{Ll}+){0,4}(?:[^\S\n]+|[^\S\n]*:[^\S\n]*)[\"“][^\"“”\n]*$")
#: the locative before a site's place (`tại huyện `, `ở xã `)
_SITE_BEFORE = lazyre.compile(r"(?<!\w)(?:tại|ở|trên\s+địa\s+bàn)[^\S\n]+(?:\p{Ll}+[^\S\n]+){0,2}$")
#: the set a thing is one of, or the whole its share is of, up to the `của` of the province it is of (`là một trong 7
#: doanh nghiệp được cấp phép `, `chiếm gần 21% lượng viên nén xuất khẩu `)
_ONE_OF_SET_BEFORE = lazyre.compile(r"(?<!\w)(?:một[^\S\n]+trong(?:[^\S\n]+số)?[^\S\n]+\d[\d.]*|"
                                    r"chiếm(?:[^\S\n]+(?:khoảng|gần|hơn|trên|xấp\s+xỉ))?[^\S\n]+"
                                    r"(?:\d[\d.,]*[^\S\n]*%|(?:một[^\S\n]+)?nửa|phần[^\S\n]+(?:lớn|nhỏ)|đa[^\S\n]+số))"
                                    r"(?:[^\S\n]+[^\s\d.;,:()]+){1,10}?[^\S\n]+$")
#: `là một trong 3 làng nghề … của tỉnh`: the set a thing is one of, right before its count, and the province it is of
_ONE_OF_BEFORE = lazyre.compile(r"(?<!\w)một[^\S\n]+trong(?:[^\S\n]+số)?[^\S\n]+$")
_OF_THE_PROVINCE_AFTER = lazyre.compile(r"[^,;.()\n]{0,60}?(?<!\w)của[^\S\n]+(?:toàn[^\S\n]+)?tỉnh"
                                        r"(?![^\S\n]*\p{Lu})(?!\w)")
#: the figure a period in a bracket dates, right after it (`(9 tháng năm 2022 là 24 vụ)`)
_BRACKET_FIGURE_OF = lazyre.compile(r"[^\S\n]*(?:là|đạt|có|:)[^\S\n]*(?:(?:khoảng|gần|hơn|trên)[^\S\n]+)?\d")
#: a cooperative or a firm named in full, then the bracket that gives its district (`Hợp tác xã Nông nghiệp dịch vụ
#: Công bằng Ea Tu (TP. `), after its commune (`Công ty TNHH Thủy sản Sao Biển (xã Phước Thể, `)
_BODY_PLACED = lazyre.compile(r"(?<!\w)(?:[Hh]ợp\s+tác\s+xã|HTX|[Cc]ông\s+ty|[Tt]ổ\s+hợp\s+tác)[^\S\n]+"
                              r"(?:\p{Lu}|TNHH|CP|cổ|nông|dịch|sản|chăn|thương)[^,;:.()\n]{1,80}\([^\S\n]*"
                              # (its commune, or its industrial park: `(Khu công nghiệp Tân Đức 2, huyện Đức Hòa)`)
                              r"(?:(?:xã|phường|thị[^\S\n]+trấn|KCN|CCN|[Kk]hu[^\S\n]+công[^\S\n]+nghiệp|"
                              r"[Cc]ụm[^\S\n]+công[^\S\n]+nghiệp)[^\S\n]+[^,;:()\n]{1,30},[^\S\n]*)?$")
#: an industrial park's name (`Khu công nghiệp Nam Đình Vũ `, `KCN Quang Châu `)
_PARK_NAME = r"(?:(?<!\w)(?:[Kk]hu|[Cc]ụm)[^\S\n]+công[^\S\n]+nghiệp|KCN|CCN)[^\S\n]+[^;:.()\n]{1,40}"
#: the bracket that opens after an industrial park's name, where the park's district is given (`Khu công nghiệp Nam
#: Đình Vũ (quận `)
_PARK_BRACKET = r"(?:(?<=" + _PARK_NAME + r")\([^\S\n]*)"
#: a paper's or an agency's tag in brackets (`(ĐNO)`, `(TTXVN)`), which may open a paragraph before where it happens
#: (`(ĐNO) - Tại …`)
_BRACKETED_TAG = r"\(\p{Lu}[\p{L}\d.]{1,20}\)"
#: the place and day of an agency's dateline, before its tag (`Hải Phòng, 14/11/2023 (TTXVN) - `, `Cần Thơ (TTXVN) - `)
_DATELINE_HEAD = (r"(?:\p{Lu}[\p{L}.]*(?:[^\S\n]+\p{Lu}[\p{L}.]*){0,3}(?:,[^\S\n]*\d{1,2}/\d{1,2}(?:/\d{2,4})?)?"
                  r"[^\S\n]*)?")
#: a paper's or an agency's tag and its dash (`VOV.VN -`, `(GLO)-`, `(TTXVN) -`; in brackets, in any case: `(BQNg) -`)
_PAPER_TAG = r"(?:" + _BRACKETED_TAG + r"|\(?\p{Lu}[\p{Lu}\d.]+\)?)[^\S\n]*[-–—]"
#: the adverbials of time or emphasis a sentence may open with before what it speaks of (`Đáng chú ý, trong tháng 4, `)
#: (after a paper's tag in capitals, `VOV.VN - Từ đầu năm đến nay, `, or an agency's dateline: `Hải Phòng, 14/11/2023
#: (TTXVN) - `, `Cần Thơ (TTXVN) - Những ngày cuối năm, `)
_SCENE_ADVERBIALS = (r"[^\S\n]*(?:" + _DATELINE_HEAD + _PAPER_TAG + r"[^\S\n]+)?"
                     r"(?:(?i:đáng\s+chú\s+ý|đặc\s+biệt|trong|năm|tháng|quý|hồi|vừa\s+qua|gần\s+đây|mới\s+đây|riêng|"
                     # (a count of months first: `6 tháng đầu năm 2024, Công ty TNHH …`)
                     # (the day of the event: `Ngày 12/6, Công ty TNHH …`)
                     r"mỗi|hằng|hàng|tại|ở|từ|những\s+ngày|dịp|\d{1,2}\s+tháng|ngày\s+\d{1,2}/\d{1,2}(?:/\d{4})?)(?!\w)"
                     r"[^,;:.\n]{0,40},[^\S\n]*)*")
#: a sentence that opens (after its adverbials) with a firm or a cooperative named in full and where it stands (`Đáng
#: chú ý, trong tháng 4, Công ty TNHH Tái chế Hưng Phát ở xã An Hồng, huyện `): what the sentence says of it is there
_BODY_SITED_OPENING = lazyre.compile(_SCENE_ADVERBIALS +
                                     # (said as the example or the largest of those just counted: `Lớn nhất là Công
                                     # ty TNHH … tại huyện `, `Điển hình là HTX … ở xã …, huyện `)
                                     r"(?:(?:Lớn|Nổi\s+bật|Tiêu\s+biểu|Điển\s+hình)(?:\s+nhất)?\s+là\s+)?"
                                     # (its plant first: `Nhà máy của Công ty cổ phần Quang điện Sao Việt tại huyện `; or
                                     # the plant of the firm the lead named: `(BNO) - Nhà máy của công ty tại Khu công
                                     # nghiệp Quế Võ, thị xã `)
                                     # (or where the sentence opens at it: `(BDO) - Tại nhà máy của Công ty TNHH … ở
                                     # phường Khánh Bình, TP `)
                                     r"(?:(?:[Tt]ại|Ở)[^\S\n]+(?=(?i:nhà\s+máy|xưởng)[^\S\n]+của[^\S\n]))?"
                                     r"(?:(?:[Nn]hà\s+máy|[Xx]ưởng)[^\S\n]+của[^\S\n]+(?:công\s+ty|hợp\s+tác\s+xã|HTX)"
                                     r"|(?:(?:[Nn]hà\s+máy|[Xx]ưởng)[^\S\n]+của[^\S\n]+)?"
                                     r"(?:[Cc]ông\s+ty|HTX|[Hh]ợp\s+tác\s+xã|[Dd]oanh\s+nghiệp\s+tư\s+nhân|[Nn]hà\s+máy)"
                                     # (a decimal comma in what it says of itself: `… nay đã có nhà máy rộng 3,2 ha tại`)
                                     # (and the goods it makes, listed: `… sản xuất bát đĩa, đồ sứ gia dụng tại`)
                                     r"[^\S\n]+(?:\p{Lu}|TNHH|CP|cổ\s+phần)(?:[^,;:()\n]|(?<=\d),(?=\d)|"
                                     r"(?<=\p{Ll}),(?=[^\S\n]+\p{Ll})){0,120}?)"
                                     # (an aside on its seat after the name: `Công ty … (trụ sở tại Long An) vừa khánh
                                     # thành nhà máy ở khu công nghiệp Long Hậu, huyện `)
                                     r"(?:\([^()\n]{1,60}\)(?:[^,;:()\n]|(?<=\p{Ll}),(?=[^\S\n]+\p{Ll})){0,80}?)?[^\S\n]"
                                     # (or by what it stands next to: `… phòng nuôi cấy mô cạnh Tỉnh lộ 664, huyện `)
                                     r"(?:(?:ở|tại|đóng\s+(?:ở|tại)|có\s+trụ\s+sở\s+(?:ở|tại)|cạnh|gần)[^\S\n]"
                                     # (a lot code with its dots, and the park's district in brackets after the park:
                                     # `… tại lô CN4.3B, Khu công nghiệp Nam Đình Vũ (quận `)
                                     r"(?:[^;:.()\n]|(?<=\w)\.(?=\w)){0,80}" + _PARK_BRACKET + r"?|"
                                     # (or in brackets after its name: `Tại Hải Dương, Công ty CP Tã giấy Minh Phát (KCN
                                     # Lai Vu, huyện `)
                                     r"[^\S\n]*\((?:[^()\n]{1,60},[^\S\n]*)?(?:(?:huyện|thị\s+xã|thành\s+phố|TP\.?|"
                                     r"quận)[^\S\n]*)?)$")
#: or with a site named in full and where it stands (`Mỗi tối, võ đường Thăng Long ở phường Trung Liệt, quận `), which a
#: later sentence speaks of again by that kind (`Võ đường hiện có 5 lớp`)
_SITE_SITED_OPENING = lazyre.compile(_SCENE_ADVERBIALS +
                                     r"(?P<kind>(?i:võ\s+đường|xưởng|trang\s+trại|cửa\s+hàng|tiệm|nhà\s+hàng|khách\s+sạn|"
                                     r"homestay|chợ|làng|vườn|trại|bến|trạm))[^\S\n]+"
                                     # (its owner first: `Cửa hàng của chị Lê Thu Hà trên đường Quang Trung, quận `)
                                     r"(?:của[^\S\n]+(?i:chị|anh|ông|bà|gia\s+đình)[^\S\n]+)?(?-i:\p{Lu})[^,;:()\n]{0,60}?[^\S\n]"
                                     r"(?:ở|tại|trên[^\S\n]+(?:đường|phố))[^\S\n][^;:.()\n]{0,80}$")
#: a sentence that opens (after its adverbials) with a person's shop, farm or workshop and its owner (`Sáng 5/4, cửa
#: hàng vật liệu xây dựng của bà Võ Thị Hạnh ở `)
_PERSONS_THING_OPENS = lazyre.compile(_SCENE_ADVERBIALS + r"(?:(?i:sáng|chiều|tối|trưa|đêm)\s+\d{1,2}/\d{1,2}(?:/\d{4})?,\s*)?" +
                                      _THING_OF_PERSON + r"(?i:ông|bà|anh|chị|cô|chú|gia\s+đình)[^\S\n]+\p{Lu}")
#: the firm said again by its kind, opening a clause of a later sentence (`Doanh nghiệp bị phạt 450 triệu đồng`)
_BODY_AGAIN_OPENING = lazyre.compile(r"(?<=(?:^|[.;,:])[^\S\n]*)(?:[Cc]ông\s+ty|HTX|[Hh]ợp\s+tác\s+xã|[Dd]oanh\s+nghiệp|"
                                     r"[Nn]hà\s+máy)(?![^\S\n]+\p{Lu})(?!\w)", regex.MULTILINE)
#: the word for now before what a clause speaks of, if said (`Hiện `, `Hiện nay `, `Đến nay `)
_NOW_WORD = r"(?:(?i:hiện(?:[^\S\n]+(?:nay|tại|giờ))?|đến[^\S\n]+nay)[^\S\n]+)?"
#: the cooperative or firm said again by its kind alone (`HTX`, `hợp tác xã`, `công ty`), as what a clause speaks of
#: (`Mỗi tuần, HTX duy trì …`) or whose head speaks (`Chị H'Linh Niê, Giám đốc HTX, cho biết`); not such bodies
#: counted (`98 HTX`, `70% HTX`), nor another named one (`Công ty Cổ phần …`)
_BODY_AGAIN = lazyre.compile(r"(?:(?:^|(?<=[.;,:\n]))[^\S\n]*"
                             # (after the word for now: `Hiện công ty có 3 nhà máy`)
                             + _NOW_WORD + r"|"
                             r"(?<!\w)(?i:giám\s+đốc|chủ\s+nhiệm|của)[^\S\n]+)"
                             r"(?:HTX|[Hh]ợp\s+tác\s+xã|[Cc]ông\s+ty|[Tt]ổ\s+hợp\s+tác)(?!\w)(?![^\S\n]+\p{Lu})"
                             # (its head, whose own name may follow: `Giám đốc hợp tác xã Lô Văn Thiết cho biết`)
                             r"|(?<!\w)(?i:giám\s+đốc|chủ\s+nhiệm)[^\S\n]+(?:HTX|hợp\s+tác\s+xã)(?!\w)"
                             r"(?=[^\S\n]+\p{Lu}\p{Ll}*(?:[^\S\n]+\p{Lu}\p{Ll}*){1,3}[^\S\n]+(?:cho\s+biết|nói|chia\s+sẻ))",
                             regex.MULTILINE)
#: a province, city or district said by its level word alone (`Lực lượng chức năng thành phố`, `của tỉnh`)
_LEVEL_BY_WORD = lazyre.compile(r"(?<!\w)(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)(?![^\S\n]*\p{Lu})(?!\w)")
#: the head of a body said by its kind alone (`Giám đốc hợp tác xã`, `Chủ nhiệm HTX`), not one named anew
_HEAD_OF_BODY = lazyre.compile(r"(?<!\w)(?i:(?:phó[^\S\n]+)?giám[^\S\n]+đốc|chủ[^\S\n]+nhiệm|chủ[^\S\n]+tịch)[^\S\n]+"
                               r"(?P<kind>(?i:hợp[^\S\n]+tác[^\S\n]+xã|công[^\S\n]+ty|nhà[^\S\n]+máy|trang[^\S\n]+trại)|HTX)"
                               r"(?![^\S\n]+\p{Lu})(?!\w)")
#: where a body was founded (`được thành lập năm 2019 tại`)
_FOUNDED_AT = lazyre.compile(r"(?<!\w)thành\s+lập(?:\s+(?:năm|từ|vào|tháng)\s+[\d/]+)?\s+(?:tại|ở)(?!\w)", regex.IGNORECASE)
#: a paragraph that opens with a works, a body, a farm or a team by its kind alone, as what it speaks of (`Nhà máy
#: hiện có`, `Công ty đang tuyển`, `Tổ đã nộp`), or with its head (`Giám đốc công ty, ông …, cho biết`), not one named
#: anew (`Công ty Cổ phần …`) nor counted
_KIND_AGAIN_OPENING = lazyre.compile(r"[^\S\n]*(?:" + _PAPER_TAG + r"[^\S\n]*)?"   # (past a paper's tag: `(QNO) - `)
                                     # (or the moment of an inspection: `Tại thời điểm kiểm tra, xưởng có 18 công
                                     # nhân`)
                                     r"(?:(?i:tại\s+thời\s+điểm\s+kiểm\s+tra|khi\s+kiểm\s+tra|qua\s+kiểm\s+tra),[^\S\n]*)?"
                                     # (and who says it, of a works: `Theo Ban Quản lý dự án, công trình có …`)
                                     r"(?:(?i:theo)[^\S\n]+[^,;:.()\n\d]{1,60},[^\S\n]*"
                                     r"(?=(?i:công\s+trình|trạm|nhà\s+máy|dự\s+án)(?!\w)))?"
                                     # (now: `Hiện công ty có 520 lao động`)
                                     + _NOW_WORD +
                                     r"(?:(?i:(?:phó[^\S\n]+)?giám[^\S\n]+đốc|chủ[^\S\n]+nhiệm|chủ[^\S\n]+tịch)[^\S\n]+)?"
                                     r"(?P<kind>(?i:nhà\s+máy|công\s+ty|doanh\s+nghiệp|hợp\s+tác\s+xã|xưởng|cơ\s+sở|"
                                     r"gara|tổ|đội|làng|trang\s+trại|vườn|mô\s+hình|dự\s+án|trại|hội|câu\s+lạc\s+bộ|"
                                     # (a works by the word for any works: `công trình có tổng mức đầu tư …`)
                                     r"công\s+trình|trạm)"
                                     r"|HTX)(?![^\S\n]+\p{Lu})(?!\w)")
#: a works by its kind (`Trạm ra đa thời tiết`, `Nhà máy nước`, `cầu`, `hồ chứa`): what `công trình` says again
_WORKS_NAMED = lazyre.compile(r"(?<!\w)(?i:trạm|nhà\s+máy|cầu|đập|hồ\s+chứa|kè|đê|trường|bệnh\s+viện|cảng|bến|chợ|"
                              r"nhà\s+văn\s+hóa|khu\s+tái\s+định\s+cư|tuyến\s+đường)(?!\w)")
#: a paragraph that opens with a person by a title and a given name alone (`Anh Chơ cho biết`, `Ông Bảy nói`)
_PERSON_BY_GIVEN_NAME = lazyre.compile(r"[^\S\n]*(?:Ông|Bà|Anh|Chị|Cô|Chú)[^\S\n]+(?P<given>\p{Lu}\p{Ll}*)(?![^\S\n]*\p{Lu})(?!\w)")
#: a person by a title and a full name (`anh Vàng Mí Chơ`, `ông Nguyễn Văn Bảy`)
_PERSON_FULL_NAME = lazyre.compile(r"(?<!\w)(?i:ông|bà|anh|chị|cô|chú)[^\S\n]+(?P<name>\p{Lu}\p{Ll}*(?:[^\S\n]+\p{Lu}\p{Ll}*){1,3})")
#: between a person's name and the place they live: where (`ở`, `tại`, `ngụ`, `trú`), after at most a few words
_LIVES_AT = lazyre.compile(r",?[^\S\n]*(?:[^.;:()\n]{0,40}?[^\S\n])?(?:ở|tại|ngụ(?:[^\S\n]+ở)?|trú(?:[^\S\n]+tại)?)"
                           r"[^\S\n][^.;:\n]{0,80}")
#: the same person or household said again, by the word that named them (`gia đình ông`, `ông`, `anh`, `chị`; not a
#: family at large, `gửi về gia đình`)
_PERSON_AGAIN = lazyre.compile(r"(?<!\w)(?i:gia\s+đình\s+)?(?i:ông|bà|anh|chị|cô|chú)(?!\w)")
#: the name after a person's title (`ông Sáu`, `ông Nguyễn Văn Ba`): its last word, the given name
_NAME_AFTER_TITLE = lazyre.compile(r"[^\S\n]+(?:\p{Lu}\p{Ll}*[^\S\n]+){0,3}(\p{Lu}\p{Ll}*)(?!\w)")
#: a sentence that opens with a quote
_QUOTE_OPENS = lazyre.compile(r"[^\S\n]*[\"“]")
#: the close of a quote, then the person said to have said it (`", ông Sáu nói`, `” – chị Lan cho biết`)
_QUOTED_BY_PERSON = lazyre.compile(r"[\"”][^\S\n]*[,–-]?[^\S\n]*(?i:ông|bà|anh|chị|cô|chú)(?:[^\S\n]+\p{Lu}\p{Ll}*){0,3}"
                                   r"[^\S\n]+(?:nói|cho\s+biết|chia\s+sẻ|kể|khẳng\s+định|tâm\s+sự|phấn\s+khởi)(?!\w)")
#: where a thing is said to lie, right before a district (`nằm ở xã biên giới xa nhất của huyện`, `thuộc địa bàn huyện`,
#: `thuộc thị trấn Phước Dân, huyện`)
_LIES_IN = lazyre.compile(r"(?<!\w)(?:nằm\s+(?:ở|tại|trên)|đóng\s+(?:ở|tại|trên)|tọa\s+lạc\s+(?:ở|tại)|thuộc)"
                          # (through the commune, then its district: `thuộc thị trấn Phước Dân, huyện Ninh Phước`)
                          r"(?:\s+(?:xã|phường|thị\s+trấn)(?:\s+[^\s,;.()\d]+){1,4}\s*,)?"
                          # (one district, not a list: `thuộc các huyện Phú Tân và U Minh`)
                          r"(?:\s+(?!(?:các|những|và|hoặc)(?!\w))[^\s,;.()\d]+){0,7}?"
                          r"(?:\s+(?:huyện|thị\s+xã|quận|thành\s+phố|TP\.?))?\s*$",
                          regex.IGNORECASE)
#: a sentence opening with a name and a bracket (`HTX Nông nghiệp dịch vụ Công bằng Ea Kiết (`, `Xã Sơn Vĩ (`): the
#: name's capitalised first word, then words without a clause break
#: (the bracket may give the street address first: `Rạp Tháng Tám (số 2 Trần Hưng Đạo, quận Hồng Bàng)`)
#: (not a provincial body's: `Trung tâm Giống nông nghiệp tỉnh (số 101 đường Tôn Đức Thắng, TP Long Xuyên)` works for the
#: province) (or its hamlet: `Hợp tác xã Nấm Bảo Thắng (thôn Bản Lẫu 2, xã Xuân Quang, huyện Bảo Thắng)`)
#: an event (`vụ cháy`, `vụ tai nạn`) and where it happened, right before the place (`vụ cháy rừng thông ở `, `Riêng vụ
#: cháy tại tiểu khu 212, xã Hương Trạch (`)
#: a clause that names nothing before its number, only a time and a verb (`đến năm 2030 đạt `, `năm 2025 còn dưới `): it
#: goes on with the subject before it
_NAMES_NOTHING = lazyre.compile(r"\s*(?:(?:đến|tới|trong|vào)\s+)?(?:(?:năm|tháng|quý)\s+[\dIVX/]+)?\s*,?\s*"
                                r"(?:(?:đạt|là|còn|tăng|giảm|lên|xuống|ước|dự\s+kiến|phấn\s+đấu)\s+)*"
                                r"(?:(?:khoảng|gần|hơn|trên|dưới|ít\s+nhất|tối\s+thiểu|tối\s+đa)\s+)?", regex.IGNORECASE)
#: a count of many provinces (`52 tỉnh, thành phố`, `40/63 tỉnh`): what a lead that says it first speaks of is the country
_PROVINCES_COUNTED = lazyre.compile(r"(?<![\w.,])(?:[5-9]|[1-5]\d|6[0-3])(?:/63)?\s+tỉnh(?:\s*,\s*thành(?:\s+phố)?)?(?!\w)",
                                    regex.IGNORECASE)
#: a share's number right before `và` (`15,9% và `): the item before ends there
_SHARE_THEN_AND = lazyre.compile(r".*?\d[\d.,]*\s*%\s+và\s+")
#: the opening of a bracket that places what is named before it (`Lý Sơn (` before `Quảng Ngãi)`)
_PLACING_BRACKET = lazyre.compile(r"[^\S\n]*\([^\S\n]*(?:tỉnh[^\S\n]+)?")
#: a bracket that holds an item's figure, and the `,` or `và` before the next item (`(7.350 người) và `)
_FIGURE_BRACKET_THEN_ITEM = lazyre.compile(r"\([^()\n]*\d[^()\n]*\)[^\S\n]*(?:,[^\S\n]*(?:và[^\S\n]+)?|và[^\S\n]+)")
_EVENT_AT = lazyre.compile(r"(?<!\w)vụ[^\S\n]+"
                           r"(?:cháy|nổ|tai[^\S\n]+nạn|sạt[^\S\n]+lở|va[^\S\n]+chạm|đắm|chìm|ngộ[^\S\n]+độc|lốc|lũ|án)(?!\w)"
                           r"[^;:.\d\n]{0,40}?(?:ở|tại)[^\S\n]+(?:[^;:.()\n]{0,40}\(|[^;:.()\n]{0,40}?[,\s])?$")
_NAMED_OPENING = lazyre.compile(r"[^\S\n]*\p{Lu}[^,;:\d()\n]{2,80}\([^\S\n]*"
                               r"(?:(?<!(?<!\w)tỉnh[^\S\n]*\([^\S\n]*)số[^\S\n]+\d+[^,;:()\n]{1,40},[^\S\n]*)?"
                               r"(?:(?:thôn|ấp|bản|xóm|khu\s+phố|tổ\s+dân\s+phố)[^\S\n]+[^,;:()\n]{1,30},[^\S\n]*)?"
                               r"(?:(?:phường|xã)[^\S\n]+[^,;:()\d\n]{1,30},[^\S\n]*)?")


def _words_pattern(phrase: str) -> str:
    """``phrase``'s words as a pattern that matches them with any white space between (`võ đường` → `võ\\s+đường`).

    >>> print(_words_pattern("cửa  hàng"))
    cửa\\s+hàng
    """
    return regex.escape(" ".join(phrase.split())).replace(r"\ ", r"\s+")


def _no_open_bracket(text: str, start: int, pos: int) -> bool:
    """Whether every bracket opened in ``text[start:pos]`` is closed there (``pos`` stands outside brackets opened after
    ``start``).

    >>> _no_open_bracket("Cà Ná (huyện Thuận Nam", 0, 13), _no_open_bracket("Cà Ná (xã Tân Ước) huyện", 0, 19)
    (False, True)
    """
    return text.rfind("(", start, pos) <= text.rfind(")", start, pos)


#: an industrial park's name and the bracket opened after it, up to where a place stands in it
_PARK_OPEN = lazyre.compile(_PARK_NAME + r"\([^\S\n]*\Z")


def _open_only_after_park(text: str, start: int, pos: int) -> bool:
    """Whether every bracket opened in ``text[start:pos]`` is closed there, but for one opened right before ``pos``
    after an industrial park's name, which gives the park's district (`tại lô CN4.3B, Khu công nghiệp Nam Đình Vũ
    (quận Hải An)`), not a firm's seat after its name (`Công ty … (Km 34, Quốc lộ 6, huyện Mai Sơn)`).

    >>> t = "Công ty A tại Khu công nghiệp Nam Đình Vũ (quận Hải An)"
    >>> _open_only_after_park(t, 0, t.index("quận")), _open_only_after_park("Công ty A (Km 3, huyện B", 0, 19)
    (True, False)
    """
    return _no_open_bracket(text, start, pos) or (
        _no_open_bracket(text, start, text.rfind("(", start, pos)) and _PARK_OPEN.search(text, start, pos) is not None)


def _after_open_bracket(text: str, pos: int) -> bool:
    """Whether an opening bracket stands right before ``pos``, past whitespace (read back from ``pos``, not by
    copying the text before it).

    >>> _after_open_bracket("Xã Sơn Vĩ ( huyện", 12), _after_open_bracket("Xã Sơn Vĩ huyện", 10)
    (True, False)
    """
    k = pos
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k > 0 and text[k - 1] == "("


#: what a paragraph opens with, then the bracket that says where it is, up to its district (`Cầu Kênh Xáng (xã Thạnh
#: Phú, huyện `)
_WHERE_ASIDE_OPENING = lazyre.compile(r"[^\S\n]*"
                                     # (past a paper's tag, `(GLO)- `, and how long it has stood: `Sau hơn hai năm đi
                                     # vào hoạt động, nhà máy … tại xã Đồn Đạc (huyện `)
                                     r"(?:" + _PAPER_TAG + r"[^\S\n]*)?"
                                     r"(?:(?i:sau|đi\s+vào\s+hoạt\s+động|từ|qua)(?!\w)[^,;:.()\n]{1,50},[^\S\n]*\p{L}|"
                                     r"\p{Lu}|(?i:trái\s+ngược|ngược\s+lại|trong\s+khi\s+đó|bên\s+cạnh\s+đó|"
                                     # (past a connective that sets the paragraph beside the one before: `Trái
                                     # ngược, làng nghề gỗ mỹ nghệ Đồng Kỵ (thành phố Từ Sơn) …`)
                                     r"ngoài\s+ra|tương\s+tự|cùng\s+với\s+đó),[^\S\n]*\p{Ll})[^,;:.()\n]{0,80}\([^\S\n]*"
                                     # (its hamlet first, small to large: `(ấp Hòa Trung, xã Hòa Tú 1, huyện `)
                                     r"(?:(?:thôn|ấp|bản|khu\s+phố)[^\S\n]+[^,()\n]{1,30},[^\S\n]*)?"
                                     r"(?:(?:xã|phường|thị\s+trấn)[^\S\n]+[^,()\n]{1,30},[^\S\n]*)?"
                                     # (or the site's address in the district, `Công ty … (cụm công nghiệp Đông Xá, huyện`)
                                     r"(?:(?:cụm\s+công\s+nghiệp|khu\s+công\s+nghiệp|thôn|ấp|bản|khu\s+phố)[^\S\n]+"
                                     r"[^,()\n]{1,30},[^\S\n]*)?(?:(?:huyện|thị\s+xã|thành\s+phố|quận)[^\S\n]+)?")
#: a sentence that opens with what it speaks of, placed by `ở`/`tại` in a commune and then its district (`Khu glamping
#: của chị Minh Anh ở xã Minh Trí, huyện Sóc Sơn, cách …, có 24 lều`): the district is where what follows is (without
#: the commune, `Công viên phần mềm Sông Hàn 2 tại quận `, it is where the sentence's figures are)
_PLACED_SUBJECT_OPENING = lazyre.compile(r"[^\S\n]*\p{Lu}[^,;:.()\n]{0,80}?[^\S\n](?:ở|tại)[^\S\n]+"
                                        r"(?P<commune>(?:xã|phường|thị[^\S\n]+trấn)[^\S\n]+[^,;:.()\n]{1,30},[^\S\n]*"
                                        r"(?:(?:huyện|thị[^\S\n]+xã|quận)[^\S\n]+)?)?")
#: an alley's address in brackets right before a place's name (`(K20 Phan Thanh, `, `(kiệt 86 Ngô Sĩ Liên, `)
_ALLEY_ADDRESS = lazyre.compile(r"\(\s*(?:(?-i:K)|kiệt\s+|hẻm\s+|ngõ\s+)\d+[\w/-]*\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,4}\s*,\s*"
                                r"(?:(?:phường|xã)\s+[^,;:()\n]{1,30},\s*)?(?:(?:quận|huyện|thị\s+xã|thành\s+phố|TP\.?)\s+)?$")
#: a venue named after `tại`/`ở`, its address opening in brackets (`tổ chức tại Nhà hát thành phố (`)
_VENUE_BRACKETED = lazyre.compile(r"(?<!\w)(?:tại|ở)\s+[^,;:()\n]{1,60}\(\s*$")
#: a street address right before a place's name: `số 24 Trần Phú, ` (and its ward: `số 2 Lê Lợi, phường 1, `; the street
#: word and a bracket: `số 16 đường Trường Thi (thành phố Vinh)`)
_STREET_ADDRESS = lazyre.compile(r"(?<!\w)số\s+\d+[\w/-]*\s+(?:(?:đường|phố|ngõ|hẻm)\s+)?\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,4}\s*[,(]\s*"
                                r"(?:(?:phường|xã|thị\s+trấn)\s+[^,;:()\n]{1,30},\s*)?"
                                # (and the district after the ward, to the province: `số 349 Đội Cấn, Ba Đình, Hà Nội`)
                                r"(?:(?:(?:quận|huyện|thị\s+xã|thành\s+phố|TP\.?)\s+)?\p{Lu}[^,;:()\n]{0,30},\s*)?$")
#: a sentence that opens with a body of the province as its source (`Theo Cục Quản lý thị trường tỉnh, `)
_PROVINCIAL_SOURCE_OPENING = lazyre.compile(r"[^\S\n]*Theo[^\S\n]+(?:số[^\S\n]+liệu[^\S\n]+của[^\S\n]+)?"
                                            r"(?:Cục|Sở|Chi[^\S\n]+cục|Ban|UBND|Văn[^\S\n]+phòng|Thanh[^\S\n]+tra)"
                                            r"(?:[^\S\n]+\p{L}+){0,8}?[^\S\n]+tỉnh[^\S\n]*,")
#: a paragraph that opens with `here` (`Tại đây, `, `Ở đây, `): the place just spoken of
_HERE_OPENING = lazyre.compile(r"[^\S\n]*(?:[Tt]ại|Ở|ở)[^\S\n]+đây[^\S\n]*,")
#: a firm's name, then the bracket that gives its seat by a street address, up to a place in it (`Công ty CP Thiết bị y
#: tế Tâm An (số 125 Nguyễn Huệ, TP `)
_SEAT_IN_BRACKET = lazyre.compile(r"(?<!\w)(?:[Cc]ông\s+ty|HTX|[Hh]ợp\s+tác\s+xã|[Dd]oanh\s+nghiệp)[^\S\n]+[^()\n;.]{1,80}"
                                  r"\([^\S\n]*(?:số[^\S\n]+)?\d+[\w/-]*[^\S\n]+\p{Lu}[^()\n;]{1,60}$")
#: the words of a shop or works, and of a seat (said with its address as all its sentence says of it)
_SHOP_NOUNS = r"cửa\s+hàng|showroom|tiệm|xưởng|nhà\s+máy|cơ\s+sở|quầy|đại\s+lý"
_SHOP_WORDS = r"(?:" + _SHOP_NOUNS + r"|văn\s+phòng|trụ\s+sở)"
#: a sentence that opens at a shop, a showroom, a workshop or a firm, then its street address (`Tại cửa hàng Kính mắt Hải
#: Vân ở `, `Tại showroom của Công ty TNHH Rèm Sao Phương Nam ở `)
_SHOP_AT_ADDRESS = lazyre.compile(r"(?:(?:^|(?<=[.!?:]\s))[^\S\n]*(?:\([^()\n]{1,12}\)[^\S\n]*[-–][^\S\n]*)?"
                                  r"(?:(?:Tại|Ở)\s+" + _SHOP_WORDS +
                                  # (or the shop itself, what its sentence speaks of: `Xưởng quạt của chị Mai ở số 112
                                  # Nguyễn Thái Học, TP Hội An (Quảng Nam) có 6 thợ vẽ`; not a seat, whose address is
                                  # all its sentence says of it: `Trụ sở công ty đặt tại số 243 …, TP Huế; sản phẩm …`)
                                  r"|(?i:" + _SHOP_NOUNS + r"))"
                                  # (or its owner, who speaks of it: `Chị Trần Thu Hà, chủ cửa hàng tạp hóa ở `)
                                  r"|(?<!\w)chủ\s+" + _SHOP_WORDS + r")"
                                  r"[^.;:!?\n]{1,80}?(?:ở|tại)\s+$", regex.MULTILINE)
#: after the last place of a street address, its clause's predicate in small letters, with no comma before it (not a
#: list going on: `và`, `cùng`, `với`, `hoặc`)
_ADDRESS_RUNS_ON = lazyre.compile(r"[^\S\n]+(?!(?:và|cùng|với|hoặc)(?!\w))\p{Ll}")
#: a plan named among a figure's attributes (`đạt 36,6% mục tiêu 14.560 căn đến năm 2030`): the period right after
#: the plan's value is the plan's horizon, not the figure's period
_PLAN_WORD = lazyre.compile(r"(?<!\w)(?:kế hoạch|chỉ tiêu|mục tiêu)(?!\w)", regex.IGNORECASE)
#: a bracket that opens right after a figure, on a day (`11,4 g/l (ngày 28/3)`), and what closes it
_DATE_BRACKET_OPEN = lazyre.compile(r"\s*\(\s*(?:(?:vào\s+)?(?:sáng|chiều|tối|trưa|đêm)\s+)?", regex.IGNORECASE)
_BRACKET_CLOSE = lazyre.compile(r"\s*\)")
#: spans listed in one period phrase (`tháng 3 và tháng 5`)
_SPANS_LISTED = lazyre.compile(r",|(?<!\w)và(?!\w)")
_NEAR_AFTER = lazyre.compile(r"(?!\s*(?:đề\s+ra|đặt\s+ra|được\s+giao|giao)(?!\w))[\s\p{L}]{0,30}"   # (not the verb of a
                             # target: `vượt mục tiêu 6,5 tỷ USD đề ra từ đầu năm`; past where it was measured and its
                             # province: `đạt 44,2°C tại Tương Dương (Nghệ An) ngày 7/5/2023`)
                             r"(?:(?<=(?<!\w)tại\s+\p{Lu}[\s\p{L}]{0,25})\([\s\p{L}]{2,25}\)\s*)?")
#: `và` right before a period phrase (searched in the gap between a figure and the phrase)
_AND_THEN = lazyre.compile(r"(?<!\w)và(?:\s+(?:phấn\s+đấu|dự\s+kiến|tiếp\s+tục|sẽ))?\s*$", regex.IGNORECASE)
#: After a period phrase: a number of its own (`và năm 2022 là 14,26%`): the phrase is the next item's.
_NEXT_ITEM = lazyre.compile(r"\s*(?:là|đạt|:)\s*(?:khoảng|gần|hơn|trên|dưới|chỉ|mới|từ)?\s*\d")
#: How far after a figure a period phrase of its clause may stand, and what ends the clause first.
_CLAUSE_REACH = 160
_CLAUSE_PUNCT = r"[;:()\[\]“”\"]|\.\s"
_CLAUSE_STOP = lazyre.compile(_CLAUSE_PUNCT + r"|\d|\b(?:trong đó|gồm|nhưng|riêng)\b|(?<![\p{L}\s]\s)\bcòn\b")   # (`còn` after a
#                                                  noun is `still`: `150 hài cốt còn thiếu thông tin trong năm 2023`)
_SPACE_RUN = lazyre.compile(r"[^\S\n]*")
#: a period phrase followed by the comma that ends its clause
_CLOSES_ITS_CLAUSE = lazyre.compile(r"[^\S\n]*[,;]")
#: how many words before a period phrase in its clause make it said mid-clause (after its verb), not as the opener
_MID_CLAUSE_WORDS = 3
#: an acronym in brackets after a name (`(CPPI)`, `(PAPI)`): part of the name, no break of the clause
_ACRONYM_BRACKET = lazyre.compile(r"\([^\S\n]*\p{Lu}[\p{Lu}\d&-]{1,11}[^\S\n]*\)")


def _blank(m: regex.Match[str]) -> str:
    return " " * (m.end() - m.start())


#: a period phrase that says now, and a figure right before one (`3,12% hiện nay`)
_NOW_PHRASE = lazyre.compile(r"(?i:hiện\s+(?:nay|tại))")
_FIGURE_RIGHT_BEFORE = lazyre.compile(r"\d[\d.,]*[^\S\n]*(?:%|\p{L}+)?[^\S\n]+$")
#: the changes of the figures before a period phrase, right after it (`, tăng 19,6% về lượng`)
_CHANGES_CLOSE = lazyre.compile(r"[^\S\n]*,[^\S\n]*(?:(?:lần\s+lượt|tương\s+ứng)[^\S\n]+)?(?:tăng|giảm)[^\S\n]+"
                                r"(?:lần\s+lượt[^\S\n]+)?\d")
#: the same, figures between allowed (`64 lớp … và … 1.900 lao động trong 6 tháng đầu năm 2024.`)
_CLAUSE_STOP_BUT_FIGURES = lazyre.compile(_CLAUSE_PUNCT + r"|\b(?:trong đó|gồm|nhưng|còn|so với)\b")
#: what follows a province that opens a paragraph as its subject: its verb, not a list (`Kiên Giang hiện đứng thứ 3`)
_PLACE_AS_SUBJECT = lazyre.compile(r"[^\S\n]+(?!(?:và|cùng|với|hoặc)(?!\w))\p{Ll}")
#: the dash after a national paper's place tag that opens its lead (`Hà Nội - `, `TP HCM – `)
_TAG_DASH = lazyre.compile(r"[^\S\n]*[-–—][^\S\n]")
#: a note in brackets that opens with its period (`(tính đến tháng 6/2024)`) or says it is about the data (`(số liệu …`)
_NOTE_OPENS = lazyre.compile(r"\([^\S\n]*(?:(?:số\s+liệu|thống\s+kê)(?:[^\S\n]+tính)?[^\S\n]+)?$", regex.IGNORECASE)
#: the note's bracket closing, then the sentence's end
_NOTE_CLOSES_SENTENCE = lazyre.compile(r"[^\S\n]*\)[\s.!?…]*")
#: nothing but the sentence's end after a phrase
_SENTENCE_CLOSES = lazyre.compile(r"[\s.!?…]*")
#: the number of a document a day dates (`Quyết định số 125/QĐ-UBND ngày 10/01/2024`, `Nghị định 55/2023/NĐ-CP ngày`):
#: the day the document was signed, no figure's period
_DOCUMENT_BEFORE = lazyre.compile(r"(?:\d+/(?:\d{4}/)?[\p{Lu}Đ][\p{L}\d-]*|(?i:quyết\s+định|nghị\s+quyết|nghị\s+định|chỉ\s+thị|"
                              r"kế\s+hoạch|thông\s+tư|công\s+văn|thông\s+báo|văn\s+bản)\s+số\s+\S+)\s*,?\s*$")
#: the numbers of a cited document: its code (`20-NQ/TW`, `112/KH-CAT-PC03`), the number after its name (`Kế hoạch số
#: 45`, `Nghị quyết 42`) and a Party plenum's (`Hội nghị Trung ương 5`)
_CITED_NUMBER = lazyre.compile(r"(?<![\d.,])\d[\d./-]*[-/](?-i:\p{Lu})[\p{L}\d/&.-]*|(?<=(?-i:(?:" + _CITED_DOCUMENTS +
                              r"|Thông\s+báo|Tờ\s+trình|(?:Hội\s+nghị|Nghị\s+quyết)\s+Trung\s+ương))\s+(?:số\s+)?)\d[\d./-]*")
#: what items carried over from an earlier period say of it (`24 nhiệm vụ chuyển tiếp từ năm 2023`, `hồ sơ tồn đọng từ
#: năm 2022`): where they come from, no figure's period; nor is the time orders or contracts run to
_ORIGIN_BEFORE = lazyre.compile(r"(?:chuyển\s+tiếp|tồn\s+đọng|chuyển\s+sang|còn\s+tồn)(?:\s+từ)?\s+$", regex.IGNORECASE)
#: a plan right before `đầu năm` (`đạt 96,2% dự toán giao đầu năm`): the time it was set, no figure's period
_PLAN_SET_BEFORE = lazyre.compile(r"(?<!\w)(?:dự\s+toán|kế\s+hoạch|chỉ\s+tiêu)(?:\s+(?:được\s+)?(?:giao|đề\s+ra|đặt\s+ra))?\s+$",
                                  regex.IGNORECASE)
_YEAR_START_ALONE = lazyre.compile(r"đầu\s+năm", regex.IGNORECASE)
#: orders or contracts right before a phrase of how far they run (`đã có đơn hàng đến hết quý I/2025`): their reach
_HELD_UNTIL_BEFORE = lazyre.compile(r"(?<!\w)(?:đơn\s+hàng|hợp\s+đồng)\s+$", regex.IGNORECASE)
#: what makes the period phrase after it a comparison's baseline: `so với (cùng thời điểm) năm 2023`, `gấp 2 lần năm
#: 2023`, `bằng 98% năm 2023`, the average a level is set against (`cao hơn trung bình giai đoạn 1991-2020`) (a few words
#: between, no punctuation)
_BASELINE_BEFORE = lazyre.compile(r"(?:so\s+với|gấp\s+(?:(?:hơn|gần|khoảng|trên|xấp\s+xỉ)\s+)?(?:[\d.,]+\s+lần|đôi|rưỡi)|"
                                  r"bằng\s+[\d.,]+\s*%|(?:cao|thấp)\s+hơn\s+(?:mức\s+)?(?:trung\s+bình|bình\s+quân)"
                                  # (up to five words between, none a number, on its line: `gấp 2,1 lần mùa giải đầu tiên
                                  # năm 2022`; not `so với mức 8 lượt/ngày của năm 2023`, the value's own year)
                                  r"(?:\s+nhiều\s+năm)?)[^\S\n]+(?:[^\s,;.:\d]+[^\S\n]+){0,5}$"
                                  # (the time a level is the same as, `được giữ ổn định bằng năm học 2021-2022`)
                                  r"|(?<!\w)(?:giữ|ổn\s+định|nguyên)\s+bằng\s+(?:với\s+)?(?:mức\s+(?:của\s+)?)?$",
                              regex.IGNORECASE)


class _Cue(BaseModel):
    model_config = ConfigDict(extra="forbid")
    pattern: str


@functools.lru_cache(maxsize=8)
def _cues(patterns: PatternSet) -> dict[str, regex.Pattern[str]]:
    return {name: patterns.regex("locality", name, c.pattern, flags=regex.UNICODE)
            for name, c in patterns.entries("locality", _Cue).items()}


#: The locality cues that, where only whether they match is asked, are asked backwards (``regex.REVERSE``): a match
#: is found backwards when and only when one is found forwards, and these answer sooner from the end of the span or
#: window than from each of its positions in turn (measured on the built-in patterns: `self_reference` over a sentence
#: or a paragraph, the place's look-back windows of `work_of_place`, ...; the others answer no sooner backwards).
_BACKWARD_CUES = frozenset({"self_reference", "national_sentence", "district_reference", "work_of_place",
                            "product_of_place"})


@functools.lru_cache(maxsize=8)
def _cues_found(patterns: PatternSet) -> dict[str, regex.Pattern[str]]:
    """:func:`_cues` to ask only whether they match: those of :data:`_BACKWARD_CUES` compiled backwards (a user's
    guarded pattern as it is), the others as they are. Never for a match's span or groups."""
    out = {}
    for name, rx in _cues(patterns).items():
        back = _backwards(rx) if name in _BACKWARD_CUES else None
        out[name] = back if back is not None else rx
    return out


#: Words one of which every match of a locality cue takes in (read off its pattern), as (exact, any case): a
#: sentence or a paragraph that holds none is not searched (the cue's regex tries each of its positions, a look for
#: a word costs a hundredth of that). Each was read off the built-in pattern of the digest given (sha1 of the
#: pattern, first 16 digits); a cue whose pattern is another (edited, or a user's) is searched as it is, until its
#: words are read off again and its digest is updated (tests/test_context.py holds the built-in cues to theirs).
_CUE_WORDS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    # `(…)\s+tỉnh(?!\w)…` | `(?:^|[.;,]\s*|(?<=cho biết …))[Tt]ỉnh\s+(?:đã|…)`
    "self_reference": ("e674b3b0cf1f55a8", ("ỉnh",), ()),
    # `(?:…)\s+(?:huyện|thị xã|quận)` | `(?:…)\s+thành phố` | `(?:^|[.;,]\s*)(?:[Hh]uyện|…|[Tt]hành phố)(?=…)`
    "district_reference": ("9e72ed98b3084402", ("uyện", "hị xã", "uận", "hành phố"), ()),
    # `(?:tỉnh|…)\s+(?:này|nói\s+trên|trên(?!\s+(?:\d|…)))`
    "back_reference": ("4a3b564f756bae5c", ("này", "trên"), ()),
    # `(?i:cả nước|toàn quốc|trên toàn quốc|trên cả nước|nước ta)` | `(?i:cả nước)…` | `(?i:trái\s+phiếu)\s+Chính\s+phủ`
    "national_sentence": ("5ea96ff6feb2e62f", ("Chính",), ("nước", "quốc")),
}


@functools.lru_cache(maxsize=8)
def _cue_words(patterns: PatternSet) -> dict[str, tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]]:
    """The cues of :data:`_CUE_WORDS` whose pattern is the one their words were read off: name -> (exact words, words
    in any case, the characters that keep the latter from being looked for in lower case: :func:`windows.odd_cases`)."""
    out = {}
    for name, c in patterns.entries("locality", _Cue).items():
        proven = _CUE_WORDS.get(name)
        if proven is not None and hashlib.sha1(c.pattern.encode()).hexdigest()[:16] == proven[0]:
            odd = _windows.odd_cases(proven[2]) if proven[2] else frozenset()
            if odd is not None:
                out[name] = (proven[1], proven[2], odd)
    return out


def _cue_may_match(words: tuple[tuple[str, ...], tuple[str, ...], frozenset[str]] | None, text: str, s: int,
                   e: int) -> bool:
    """Whether a cue with ``words`` (from :func:`_cue_words`; None: unknown) may match within ``text[s:e]``."""
    if words is None:
        return True
    exact, any_case, odd = words
    if any(text.find(w, s, e) >= 0 for w in exact):
        return True
    if any_case:
        span = text[s:e]
        if any(c in span for c in odd):
            return True
        span = span.lower()
        return any(w in span for w in any_case)
    return False


def check_example(patterns: PatternSet, name: str, example, positive: bool) -> None:
    """Checker for ``patterns/locality.toml``: the cue is (or is not) found in the example."""
    found = _cues(patterns)[name].search(example)
    assert bool(found) == positive, f"locality.toml [{name}]: {example!r} " + \
        ("does not show the cue" if positive else f"must not show the cue, found {found.group()!r}")


_NATIONAL = _places.NATIONAL_NAME
#: a bullet line (`- Vốn ngân sách tỉnh cấp: 30 tỷ đồng;`), and how many lines back its list's lead may stand
_BULLET_LINE = lazyre.compile(r"[^\S\n]*[-+•*–][^\S\n]")
_BULLETS_BACK = 30
#: a school year (`năm học 2024-2025`)
_SCHOOL_YEAR = lazyre.compile(r"năm\s+học", regex.IGNORECASE)
#: a sentence that speaks of a province's district or commune level: the `địa phương` it counts are districts or communes
_LOCAL_LEVEL = lazyre.compile(r"(?<!\w)cấp\s+(?:huyện|xã)(?!\w)"
                              # (or a count of the province's districts said as the whole: `Trong tổng số 21 huyện,
                              # thành phố, thị xã, chỉ có 3 địa phương …`)
                              r"|(?<!\w)(?:tổng\s+số|trong\s+số|trên)\s+\d+\s+(?:huyện|quận|xã|phường)(?!\w)"
                              # (or the sentence's bodies of the districts: `… phối hợp với Trung tâm Y tế các huyện, thành
                              # phố phun hóa chất … tại 4 địa phương`)
                              r"|(?<!\w)các\s+(?:huyện|quận|thị\s+xã)(?!\w)", regex.IGNORECASE)
#: a place then the date: the dateline of a provincial report
_DATELINE_REACH = 300
#: what stands before the date of a dateline on its line: a place and a comma
_DATELINE_BEFORE = lazyre.compile(r"(?:^|\n)[^\S\n]*(?!(?:Theo|Tại|Trong|Tính|Đến|Từ|Sau|Qua|Năm|Với|Để|Về)\s)"
                                 r"\p{Lu}[\p{L}.]*(?:[^\S\n]+\p{Lu}[\p{L}.]*){0,4}[^\S\n]*,[^\S\n]*"
                                 r"(?:ngày[^\S\n]+)?$")


def _dateline_before(text: str, end: int) -> bool:
    """Whether ``_DATELINE_BEFORE.search(text, 0, end)`` finds one: a match opens at the text's start or at a line
    break, reads no line break after it and ends at ``end`` (or before a line break there), so it can only open at the
    last line break before ``end - 1`` (or at the start, when there is none): searched from there, the regex does not
    try every position of the text's head first."""
    return _DATELINE_BEFORE.search(text, max(0, text.rfind("\n", 0, max(0, end - 1))), end) is not None


#: the first line of an article, and a provincial body named on it (`Sở Kế hoạch và Đầu tư tỉnh Đồng Tháp`)
_FIRST_LINE = lazyre.compile(r"\s*([^\n]{1,120})")
#: the second line of a letterhead in capitals that names the body's place (`ỦY BAN NHÂN DÂN` / `TỈNH HÀ TĨNH`)
#: (its left column, when the national motto stands beside it: `HUYỆN LỤC NGẠN        Độc lập - Tự do - Hạnh phúc`)
_BANNER_PLACE_LINE = lazyre.compile(r"[^\S\n]*\n[^\S\n]*((?:TỈNH|THÀNH PHỐ|HUYỆN|THỊ XÃ|QUẬN)[^\S\n]+(?-i:\p{Lu})[^\n\p{Ll}]{1,60}?)"
                                   r"(?=[^\S\n]{3,}|\t|[^\S\n]*\n)")
#: the second line of a letterhead in capitals that names a commune, ward or town (`ỦY BAN NHÂN DÂN` / `XÃ TÂN ĐỨC`,
#: `ĐẢNG ỦY` / `PHƯỜNG HÒA HẢI`): a place below the location field's level, its left column when the motto stands beside it
_COMMUNE_BANNER_LINE = lazyre.compile(r"[^\S\n]*\n[^\S\n]*(?:XÃ|PHƯỜNG|THỊ TRẤN)[^\S\n]+(?-i:\p{Lu})[^\n\p{Ll}]{1,60}?"
                                      r"(?=[^\S\n]{3,}|\t|[^\S\n]*\n)")
#: a commune's own portal, its name in capitals on the first line (`CỔNG THÔNG TIN ĐIỆN TỬ XÃ KỲ XUÂN`)
_COMMUNE_PORTAL = lazyre.compile(r"(?:CỔNG|TRANG)[^\S\n]+THÔNG[^\S\n]+TIN(?:[^\S\n]+ĐIỆN[^\S\n]+TỬ)?[^\S\n]+"
                                 r"(?:XÃ|PHƯỜNG|THỊ[^\S\n]+TRẤN)[^\S\n]+(?-i:\p{Lu})[^\n\p{Ll}]{1,40}")
#: the first line of a commune's letterhead: the body whose place the next line names
_COMMUNE_BODY = lazyre.compile(r"ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND|ĐẢNG ỦY|ĐẢNG UỶ|ĐẢNG BỘ")
#: the second line of a letterhead in capitals that names a district's body under its superior (`SỞ Y TẾ TỈNH NGHỆ AN` /
#: `TRUNG TÂM Y TẾ HUYỆN QUỲNH LƯU`, `PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN …`), its left column when the motto stands beside it
_SUBORDINATE_LINE = lazyre.compile(r"[^\S\n]*\n[^\S\n]*((?:TRUNG TÂM|PHÒNG|BỆNH VIỆN|BAN|CHI CỤC|HẠT|ĐỘI|UBND|ỦY BAN NHÂN DÂN|"
                                   # (a mass organisation's district branch: `HỘI LHPN HUYỆN ĐẠI LỘC`, `HUYỆN ĐOÀN …`, and its executive
                                   # committee, `BCH HỘI LHPN HUYỆN THÁP MƯỜI`: BCH is Ban Chấp hành)
                                   r"HỘI|ĐOÀN|LIÊN ĐOÀN|MẶT TRẬN|ỦY BAN MTTQ|UBMTTQ|BẢO HIỂM XÃ HỘI|BHXH|CÔNG AN|BCH)"
                                   r"[^\S\n][^\n\p{Ll}]{0,60}?(?:HUYỆN|THỊ XÃ|QUẬN|THÀNH PHỐ)[^\S\n]+(?-i:\p{Lu})"
                                   r"[^\n\p{Ll}]{1,40}?)(?=[^\S\n]{3,}|\t|[^\S\n]*\n)")
#: the gap between the two columns of a letterhead written side by side
_COLUMN_GAP = lazyre.compile(r"[^\S\n]{3,}|\t")
#: a line that names the body or portal that publishes the article and its place (`Sở … tỉnh X`, `Cổng thông tin điện tử
#: tỉnh X`, also written `Cổng Thông tin …`)
#: the rest of a line that ends with a body's province or district (`… tỉnh Quảng Trị`), after the body's first word
#: (a numbered district too: `quận 11`)
_PLACE_AT_LINE_END = r"\s[^\n.:!?]*(?:tỉnh|thành\s+phố|huyện|thị\s+xã|quận)\s+(?:\p{Lu}|(?<=(?i:quận)\s+)" + _places.DISTRICT_NUMBER + r")[^\n.:!?]*$"
_PUBLISHER = lazyre.compile(r"(?:Sở|UBND|(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân|Cục\s+[Tt]hống\s+kê|Văn\s+phòng|Ban|Cổng\s+(?i:thông\s+tin)|"
                           # (a national body's branch or office in the province: `Ngân hàng Chính sách xã hội chi
                           # nhánh tỉnh Quảng Trị`, `Bảo hiểm xã hội tỉnh …`, `Kho bạc Nhà nước tỉnh …`, `Cục Thuế tỉnh …`)
                           r"Ngân\s+hàng|Chi\s+nhánh|Bảo\s+hiểm\s+xã\s+hội|BHXH|Kho\s+bạc|Cục|Chi\s+cục|"
                           r"Trang\s+(?i:thông\s+tin)|Đài\s+(?i:phát\s+thanh)|"
                           # (a province's military and police commands: `BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH BÀ RỊA - VŨNG
                           # TÀU`, `Bộ Chỉ huy Quân sự tỉnh …`, `Công an tỉnh …`)
                           r"Bộ\s+(?i:chỉ\s+huy|đội\s+biên\s+phòng)|Công\s+(?i:an)|"
                           # (a province's Party paper under its masthead: `BÁO CÀ MAU - CƠ QUAN CỦA ĐẢNG BỘ … TỈNH CÀ MAU`)
                           r"Báo(?!\s+(?i:cáo)))" + _PLACE_AT_LINE_END)
#: the first line of a letterhead in capitals that names a ministry, the Government or a national body (`BỘ TÀI CHÍNH`,
#: `ỦY BAN CHỨNG KHOÁN NHÀ NƯỚC`, `TỔNG CỤC THỐNG KÊ`), and no province, district or branch on it or the line under it:
#: a national body's own letter
_NATIONAL_BANNER = lazyre.compile(r"\s*(?-i:BỘ\s+(?!CHỈ\s+HUY|CHQS|TƯ\s+LỆNH)\p{Lu}|CHÍNH\s+PHỦ|TỔNG\s+CỤC\s+\p{Lu}|"
                                 r"NGÂN\s+HÀNG\s+NHÀ\s+NƯỚC|(?:ỦY|UỶ)\s+BAN\s+[^\n\p{Ll}]{0,40}?NHÀ\s+NƯỚC|KIỂM\s+TOÁN\s+NHÀ\s+NƯỚC)"
                                 # (nor under it, on the letterhead's second line: `BỘ TƯ PHÁP` / `CỤC THI HÀNH ÁN DÂN SỰ TỈNH
                                 # BẮC GIANG`, `NGÂN HÀNG NHÀ NƯỚC VIỆT NAM` / `CHI NHÁNH TỈNH NGHỆ AN`)
                                 r"(?![^\n]{0,160}\n?[^\n]{0,160}?(?-i:TỈNH|THÀNH\s+PHỐ|HUYỆN|QUẬN|THỊ\s+XÃ|CHI\s+NHÁNH|KHU\s+VỰC))"
                                 r"[^\n\p{Ll}]{0,160}\n")
#: a provincial department's banner (`SỞ Y TẾ HÀ NỘI`, `CỤC THỐNG KÊ BẮC NINH`), as :func:`_cased_banner` writes it
#: (and a province's own portal, or a branch named by its province: `CỔNG THÔNG TIN ĐIỆN TỬ QUẢNG TRỊ`, `NGÂN HÀNG CHÍNH
#: SÁCH XÃ HỘI CHI NHÁNH QUẢNG TRỊ`)
_DEPARTMENT_BANNER = lazyre.compile(r"(?:Sở|Cục\s+thống\s+kê|Chi\s+cục|Cổng\s+thông\s+tin|Trang\s+thông\s+tin|"
                                   # (a province's radio and television station: `ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI DƯƠNG`)
                                   r"Đài\s+phát\s+thanh(?:\s+và)?\s+truyền\s+hình|"
                                   # (the body's fields may be listed with commas: `CHI CỤC CHĂN NUÔI, THỦY SẢN VÀ THÚ Y
                                   # HÀ NỘI`)
                                   r"[^\n]*?\schi\s+nhánh)\s+\p{Ll}[^\n.:!?;]*$")
#: a line that only names the body that publishes the article (`Sở Công Thương tỉnh Long An`): no headline, its
#: province says who wrote, not what the article is about
#: a body's name after its first word, up to its place: a few words, the level, the capitalised name
_BODY_PLACE = r"(?:\s+\S+){0,8}?\s+(?:tỉnh|thành\s+phố|huyện|thị\s+xã|quận)(?:\s+\p{Lu}[\p{L}-]*){1,4}"
_BODY_LINE = lazyre.compile(r"(?:Sở|UBND|(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân|Cục|Chi\s+cục|Văn\s+phòng|Ban|Cổng\s+(?i:thông\s+tin)|"
                           r"Trang\s+(?i:thông\s+tin)|Bộ\s+Chỉ\s+huy)" + _BODY_PLACE)
#: the line under the headline that names the body that publishes the article (`Sở Tài nguyên và Môi trường thành phố
#: Đà Nẵng`)
_BODY_UNDER_HEADLINE = lazyre.compile(rf"[^\S\n]*\n(?:[^\S\n]*\n)?[^\S\n]*({_BODY_LINE.pattern})[^\S\n]*(?=\n|$)")
#: a portal named on the line under the headline, before its date (`Cổng thông tin điện tử huyện Thạch Hà - Cập nhật:
#: 26/12/2024`): the body that publishes the article
_PORTAL_LINE = lazyre.compile(r"[^\S\n]*\n(?:[^\S\n]*\n)?[^\S\n]*((?:Cổng|Trang)\s+(?i:thông\s+tin)(?:\s+điện\s+tử)?\s+"
                             r"(?:tỉnh|thành\s+phố|huyện|thị\s+xã|quận)\s+\p{Lu}[^\n\-–|:,.]*)")
#: a world price (`giá vàng thế giới`, `giá dầu thô quốc tế`), and what makes a clause speak of the home market or
#: compare it with the world's
#: an item of a `;` list that is only its figure and what it is of, then `và` (`87,5 USD/thùng dầu hỏa và `)
_ITEM_THEN_AND = lazyre.compile(r"\s*\d[\d.,]*\s+\S+(?:\s+[^\s\d;]+){0,5}\s+và\s+")
_WORLD_PRICE = lazyre.compile(r"(?<!\w)[Gg]iá(?:\s+[^\s\d.,;:()]+){0,4}?\s+(?:thế\s+giới|quốc\s+tế)(?!\w)")
#: a number that is no age of who is counted (`người từ đủ 80 tuổi trở lên không có lương hưu, trợ cấp … là 58.940
#: người`: the age opens no list of figures)
_NUMBER_NOT_AGE = lazyre.compile(r"\d(?!\d*(?:\s*[-–]\s*\d+|\s+(?:đến|tới)\s+\d+)?\s+(?:tháng\s+)?tuổi(?!\w))")
#: the whole world as where a figure holds (`trên toàn cầu`, `trên thế giới`, `khắp thế giới`)
#: (not the world a share is of, `chiếm 80% thị phần … toàn cầu`, nor `hoàn toàn`)
_WORLD_WIDE = lazyre.compile(r"(?<!\w)(?:trên|khắp)\s+(?:toàn\s+)?(?:thế\s+giới|cầu)(?!\w)", regex.IGNORECASE)
_HOME_MARKET = lazyre.compile(r"(?<!\w)(?:trong\s+nước|nội\s+địa|so\s+với)(?!\w)", regex.IGNORECASE)


#: the world named in what a sentence speaks of (`thị trường Halal toàn cầu`, `Thế giới hiện có`), after up to six
#: words from its start or from the comma after `Theo …`; not a world that the home side trades with, ranks in or is
#: compared with (`xuất khẩu sang thị trường thế giới`, `thứ 3 thế giới`), nor an event or a body that is global by name
#: (`Hội nghị toàn cầu`, `Ngân hàng Thế giới`)
_WORLD_TOPIC = lazyre.compile(r"(?:\G\s*|,\s+)(?P<topic>(?:[^\s\d,;:()]+\s+){0,6}?)(?:toàn\s+cầu|thế\s+giới)"
                              r"(?!\w)", regex.IGNORECASE)
#: two capitalised words right after, that make what stands before them a site's name (`Công viên địa chất toàn cầu
#: UNESCO Cao nguyên đá Đồng Văn`; not `Mạng lưới Công viên địa chất toàn cầu UNESCO có 213 thành viên`, the world's)
_SITE_NAME_AFTER = lazyre.compile(r"[^\S\n]+(?-i:\p{Lu})\S*[^\S\n]+(?-i:\p{Lu})")
#: the home country named in a sentence: what it says is the country's, whatever world it names
_HOME_COUNTRY = lazyre.compile(r"(?<!\w)(?:Việt\s+Nam|cả\s+nước|nước\s+ta|trong\s+nước|toàn\s+quốc)(?!\w)",
                               regex.IGNORECASE)
_NOT_WORLD_TOPIC = lazyre.compile(r"(?<!\w)(?:sang|ra|vào|với|chiếm|thứ|so|của|tại|ở|hội\s+nghị|diễn\s+đàn|hội\s+thảo|"
                                  r"sự\s+kiện|mạng\s+lưới|công\s+viên|di\s+sản|giải|cúp|điều\s+tra|khảo\s+sát|"
                                  r"báo\s+cáo|chỉ\s+số|xếp\s+hạng|quỹ|tổ\s+chức|sáng\s+kiến|chiến\s+lược|"
                                  r"chương\s+trình)"
                                  r"\s+$|(?<!\w)(?:(?-i:Ngày)|giá)\s",
                                  regex.IGNORECASE)


def _may_name_world_price(text: str, s: int, e: int) -> bool:
    """Whether :data:`_WORLD_PRICE` may match within ``text[s:e]``: each of its matches holds `iá` and `thế` or `quốc`,
    in the case the pattern writes them (a look for them costs little; the search tried each `giá` of a long clause)."""
    return text.find("iá", s, e) >= 0 and (text.find("thế", s, e) >= 0 or text.find("quốc", s, e) >= 0)


#: what joins the items of a list of places, and how many provinces make a list that compares them
_LIST_JOIN = lazyre.compile(r"\s*(?:,|;|,?\s+và)\s*")
#: between two names joined by `và` (`huyện Trần Đề và Cù Lao Dung`, `huyện Yên Bình và huyện Lục Yên`)
_AND_JOIN = lazyre.compile(r",?\s+và\s+")
#: another name after a comma (a list goes on: `quận Cầu Giấy, Nam Từ Liêm`)
_NAME_AFTER_COMMA = lazyre.compile(r"[^\S\n]*,[^\S\n]*\p{Lu}")
_PROVINCE_LIST = 3
#: between two districts of a list, each with its figure in brackets or none: `Điện Bàn (5 hợp tác xã), Duy Xuyên`
#: (and the plural of the next items' level: `TP Vinh và các huyện Diễn Châu, Quỳnh Lưu`)
_LISTED_JOIN = lazyre.compile(r"(?:\s*\([^()\n]{1,40}\))?\s*(?:,|;|,?\s+và)\s*(?:các\s+)?")
#: a verb of selling or sending, then where to (`tiêu thụ ở`, `bán sang`, `giao … cho siêu thị ở`, `đưa vào hệ thống
#: siêu thị tại`, `xuất đi`), right before a place: the market, not where the thing was made
_MARKET_BEFORE = lazyre.compile(r"(?:(?<!\w)(?:tiêu\s+thụ|(?<!(?:điểm|quầy|nơi|hàng)\s)bán(?!\s+(?:trú|lẻ|hàng\s+đa|kính|"
                                r"công|dẫn|tự|đảo|kết|nguyệt|cầu|sơn|buôn))|(?<!sản\s)xuất\s+(?:khẩu|bán|đi|sang)|giao|"
                                r"cung\s+(?:cấp|ứng)|bao\s+tiêu|phân\s+phối)(?!\w)(?:(?![^.;:()\d\n]*(?<!\w)(?:tập\s+trung|"
                                r"nằm|có|sử\s+dụng|hoạt\s+động|nhất|cao|thấp|nhiều)(?!\w))[^.;:()\d\n]){0,40}?|"
                                r"(?<!\w)(?:siêu\s+thị|chợ\s+đầu\s+mối|thương\s+lái))"
                                r"(?<!\w)(?<!giao\s+)(?:ở|tại|sang|đi|khắp|cho)(?:[^\S\n]+(?:thị\s+trường|các\s+tỉnh|tỉnh|"
                                r"thành\s+phố|TP\.?))?[^\S\n]+$")
#: the buyers a thing is sold to, and where they are (`bán 14 con trâu chọi cho các chủ trâu ở Hải Phòng`)
_SOLD_TO_BEFORE = lazyre.compile(r"(?<!\w)(?:bán|xuất|giao|cung\s+cấp|cung\s+ứng)\s+[^.;:()\n]{0,40}?\scho\s+(?:các|những|nhiều)?\s*"
                                 r"[^.;:()\d\n]{0,30}?(?<!\w)(?:ở|tại)\s+(?:[^.;:()\d\n]{0,40}?,\s*)?$", regex.IGNORECASE)
#: a body named in capitals, then `vùng` and the region it serves (`Trung tâm Chẩn đoán thú y vùng `, `Chi cục Kiểm định hải
#: quan vùng `): the place is part of the body's name
_REGION_OF_BODY_BEFORE = lazyre.compile(r"(?<!\w)(?-i:Trung\s+tâm|Chi\s+cục|Cục|Viện|Phân\s+viện|Trạm|Cơ\s+quan|Văn\s+phòng|"
                                        r"Cảng\s+vụ|Ban)(?:[^\S\n]+[\p{L}&]+){1,8}?[^\S\n]+vùng[^\S\n]+$")
#: where a partner the figure's body deals with stands (`liên kết với 3 chuỗi siêu thị tại Hà Nội`, `ký hợp đồng bao tiêu
#: 1.200 tấn quýt với hai doanh nghiệp tại TP Cần Thơ`): the partner's place, not the figure's nor the sentences' after it
#: (not where things stand, `phát triển với 318 cơ sở, tập trung tại TP. Hạ Long`: a verb of dealing comes first)
_PARTNER_AT_BEFORE = lazyre.compile(r"(?<!\w)(?:liên\s+kết|ký(?!\s+túc\s+xá)(?:\s+kết)?|hợp\s+đồng|hợp\s+tác|bao\s+tiêu|thỏa\s+thuận|"
                                    r"kết\s+nối)(?!\w)[^.;:()\n]{0,60}?(?<!\w)với[^\S\n]+"
                                    r"(?:(?:\d+|hai|ba|bốn|năm|sáu|các|những|nhiều|một\s+số)[^\S\n]+)?"
                                    r"(?:chuỗi|doanh\s+nghiệp|công\s+ty|siêu\s+thị|đối\s+tác|nhà\s+máy|cơ\s+sở|"
                                    r"thương\s+lái|đơn\s+vị|hợp\s+tác\s+xã|HTX|tập\s+đoàn|nhà\s+phân\s+phối)(?!\w)"
                                    r"[^.;:()\d\n]{0,40}?(?<!\w)(?:tại|ở)[^\S\n]+"
                                    # (the places listed before it there: `… với 4 doanh nghiệp tại Hà Nội, `)
                                    r"(?:\p{Lu}[^.;:()\d\n,]{1,30}?(?:,|[^\S\n]+và)[^\S\n]+){0,3}$", regex.IGNORECASE)
#: the end a route goes to (`khai thác tuyến sà lan container đi Hải Phòng`): where things are carried, not where
#: the figures of who carries them hold
_ROUTE_END_BEFORE = lazyre.compile(r"(?<!\w)(?:tuyến|chuyến)(?!\w)[^.;:()\d\n]{0,40}?(?<!\w)(?:đi|đến)[^\S\n]+$")
#: a price said around a place a thing is sold in (`giá vàng … bán ra tại TP Vinh có thời điểm đạt`, `được bán tại …
#: ở TP Hồ Chí Minh với giá`): that place's price
_PRICE_AROUND = lazyre.compile(r"(?<!\w)[Gg]iá(?!\w)(?![^\S\n]+trị(?!\w))")   # (not `giá trị`, a value)
#: the word that names a person's home place before it (`quê Thanh Hóa`, `quê quán ở Nghệ An`)
_HOMETOWN_BEFORE = lazyre.compile(r"(?i)(?<!\w)(?:quê(?:[^\S\n]+quán)?|nguyên[^\S\n]+quán)(?:[^\S\n]+ở)?[^\S\n]+$")
#: a letterhead whose body is the one its first line names: the letter's number or the national motto comes next (not
#: a body under it, `CỤC HẢI QUAN TỈNH QUẢNG BÌNH` / `CHI CỤC HẢI QUAN CỬA KHẨU CHA LO`, which reports on its own place)
#: (a province's department under it is the province's too: `UBND TỈNH ĐIỆN BIÊN` / `SỞ CÔNG THƯƠNG` / `Số: …`)
#: (the body's name may run on to a second line: `ỦY BAN NHÂN DÂN` / `TỈNH BẮC NINH`)
_OWN_LETTER = lazyre.compile(r"[^\n]*\n(?:[^\S\n]*(?:SỞ|TỈNH|THÀNH[^\S\n]+PHỐ)[^\S\n][^\n]*\n)?[^\S\n]*"
                             r"(?:Số|SỐ|CỘNG[^\S\n]+HÒA|CỘNG[^\S\n]+HOÀ)(?!\w)")
#: the whole province, said as such (`toàn tỉnh`, `cả tỉnh`, `trên địa bàn tỉnh`), not a province's body (`UBND tỉnh`)
_WHOLE_PROVINCE = lazyre.compile(r"(?i)(?<!\w)(?:toàn|cả|trên\s+địa\s+bàn|trong)\s+tỉnh(?!\s+(?-i:\p{Lu}))(?!\w)"
                                 # (or the province a clause opens with as who does it: `Phấn đấu năm 2024, tỉnh đón 7,7
                                 # triệu lượt khách`; not as who funds what a district does: `Tỉnh hỗ trợ 100% xi măng`)
                                 # (after the year it opens with too: `năm 2024 tỉnh phấn đấu mở rộng …`)
                                 r"|(?:(?<!\w\s)|(?<=(?<!\w)năm\s+\d{4}\s))(?<!\w)tỉnh(?!\s+(?-i:\p{Lu}))(?!\w)"
                                 r"(?!(?:\s+và\s+huyện)?(?:\s+(?:đã|sẽ|đang))?\s+"
                                 r"(?:hỗ\s+trợ|cấp|bố\s+trí|phân\s+bổ|đầu\s+tư|giao|chi|cho|tặng|trích|bổ\s+sung)(?!\w))")
#: between two places of one list, the second with its level word or none: `Đông Giang và thành phố Hội An`
_LIST_GOES_ON = lazyre.compile(r"[^\S\n]*(?:,|,?[^\S\n]+và)[^\S\n]*(?:(?:huyện|quận|thị[^\S\n]+xã|thành[^\S\n]+phố|TP\.?|"
                               r"tỉnh)[^\S\n]+)?", regex.IGNORECASE)
#: how far from its end an article's signature may stand, and its last lines
_SIGNATURE_REACH = 240
_LAST_LINES = lazyre.compile(r"(?m)^[^\S\n]*([^\n]{1,120}?)[^\S\n]*$")
#: a line that only names the body or portal that wrote the article, after `Nguồn:` or `Theo` if it has them
#: (or after its writer's name and a dash: `Văn Minh - Phòng NN&PTNT huyện Kbang`, or in brackets after it: `Hoàng Minh
#: (Trung tâm Văn hóa - Thông tin và Thể thao huyện Mỹ Đức)`)
#: (or after who owns the site: `Bản quyền thuộc Sở …`, `Cơ quan chủ quản: …`)
_SIGNATURE = lazyre.compile(r"(?:(?:Nguồn|Theo)\s*:?\s*|(?:©\s*)?Bản\s+quyền(?:\s+thuộc)?(?:\s+về)?\s*:?\s*|"
                           r"Cơ\s+quan\s+chủ\s+quản\s*:?\s*)?(?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}(?:\s+[-–]\s+|\s*\(\s*))?"
                           r"((?:Sở|UBND|(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân|Cục|Chi\s+cục|Văn\s+phòng|Ban|Phòng|Trung\s+tâm|Hội|"
                           r"(?:Cổng|Trang)\s+(?i:thông\s+tin|TTĐT|TT)|Đài)" + _BODY_PLACE + r")\s*[.)]?\s*$")
#: a mass organisation or a firm heading a letter in capitals, read in its cased form (`LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH
#: DƯƠNG`, `LĐLĐ TỈNH …`, `HỘI NÔNG DÂN TỈNH …`, `TỈNH ĐOÀN …`, `CÔNG TY ĐIỆN LỰC …`)
_MASS_BODY = lazyre.compile(r"(?:Liên\s+đoàn|LĐLĐ|Hội|Công\s+đoàn|Mặt\s+trận|Ủy\s+ban\s+MTTQ|UBMTTQ|Tỉnh\s+đoàn|"
                           r"Thành\s+đoàn|Huyện\s+đoàn|Đoàn|Công\s+ty|Tổng\s+công\s+ty)" + _PLACE_AT_LINE_END,
                           regex.IGNORECASE)
#: a party committee heading a report (`ĐẢNG BỘ TỈNH …`, `HUYỆN ỦY …`, read in its cased form)
_PARTY_COMMITTEE = lazyre.compile(r"(?:Đảng\s+bộ|Đảng\s+ủy|Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|Thị\s+ủy|Quận\s+ủy)\s",
                                 regex.IGNORECASE)
#: in a banner in capitals: a level word and the capitalised name after it, up to a dash or the line's end
#: (a name with a hyphen goes on past it, `TỈNH BÀ RỊA - VŨNG TÀU`, unless a level word follows: `THỊ XÃ PHÚ MỸ - TỈNH …`)
_BANNER_NAME = lazyre.compile(r"(?<=(?:^|\s)(?:tỉnh|thành phố|huyện|thị xã|quận)\s)[^-–|]+"
                              r"(?:[-–](?!\s*(?:tỉnh|thành phố|huyện|thị xã|quận)(?!\w))[^-–|]+)*")


#: the kind or number of an official letter on a line of its own head (`BÁO CÁO`, `Số: 1275/BC-SCT`)
_LETTER_KIND = lazyre.compile(r"(?m)^[^\S\n]*(?:BÁO[^\S\n]+CÁO|KẾ[^\S\n]+HOẠCH|THÔNG[^\S\n]+BÁO|Số[^\S\n]*:[^\S\n]*\d+/)")
#: how far down a letter's head reaches
_LETTERHEAD_CHARS = 400
#: the acronyms of the bodies that head an official letter, which stay in capitals (`UBND TỈNH …`, `HĐND HUYỆN …`)
#: the first letter of each word (after a space or a hyphen: `bà rịa-vũng tàu`)
_WORD_START = lazyre.compile(r"(?<!\w)\w")
_BANNER_ACRONYM = lazyre.compile(r"(?<!\w)(?:ubnd|hđnd|ubmttq|mttq)(?!\w)")


def _cased_banner(line: str) -> str:
    """A banner in capitals as a sentence would write it: small letters, the names after a level word capitalised.

    >>> _cased_banner("TRANG THÔNG TIN ĐIỆN TỬ HUYỆN NAM TRỰC - TỈNH NAM ĐỊNH")
    'Trang thông tin điện tử huyện Nam Trực - tỉnh Nam Định'
    >>> _cased_banner("UBND TỈNH QUẢNG NINH")
    'UBND tỉnh Quảng Ninh'
    >>> _cased_banner("UBND TỈNH BÀ RỊA - VŨNG TÀU"), _cased_banner("UBND TỈNH BÀ RỊA-VŨNG TÀU")
    ('UBND tỉnh Bà Rịa - Vũng Tàu', 'UBND tỉnh Bà Rịa-Vũng Tàu')
    """
    low = _BANNER_ACRONYM.sub(lambda m: m.group().upper(), line.lower())
    low = _BANNER_NAME.sub(lambda m: _WORD_START.sub(lambda w: w.group().upper(), m.group()), low)
    return low[:1].upper() + low[1:]


#: the label a press release puts before its dateline on the same line (`Thông cáo báo chí - Hà Nội, ngày …`)
_RELEASE_LABEL = lazyre.compile(r"\s*(?i:thông\s+cáo\s+báo\s+chí)\s*[-–:|]\s*")
_DATELINE_AFTER = lazyre.compile(r"\s*[,–-]\s*(?:ngày\s+)?(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}"
                                r"|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})")
#: what follows a news agency's dateline place on its line: a date or none, the agency in brackets, a dash (`Hà Nội
#: (TTXVN) -`, `Hà Nội, 5/10 (TTXVN) -`, `Kiên Giang (TTXVN 21/3) -`, `Hải Phòng (TTXVN/Vietnam+) -`)
_AGENCY_DATELINE_AFTER = lazyre.compile(r"(?:,[^\S\n]*\d{1,2}/\d{1,2}(?:/\d{2,4})?)?[^\S\n]*\((?:TTXVN|VNA)"
                                        r"(?:/[^()\n]{1,20})?(?:[^\S\n]+\d{1,2}/\d{1,2}(?:/\d{2,4})?)?\)[^\S\n]*[-–]")
#: a work or a site a place names (`cảng Nghi Sơn`, `Nhà máy điện khí LNG Hải Lăng`, `vùng Gò Công`), up to the place
_SITE_NAMED_BEFORE = lazyre.compile(r"(?<!\w)(?i:cảng|vùng|nhà\s+máy|khu|cụm|dự\s+án|mỏ|sân\s+bay|bến|ga|hồ|đầm|sông|cầu|"
                                    r"đèo|vịnh|núi)(?:[^\S\n]+[\p{L}\d]+){0,4}?[^\S\n]+$")
#: `tỉnh` standing for the province the article is about (not `tỉnh Nghệ An`, `các tỉnh`, `tỉnh, thành`)
_BARE_PROVINCE = lazyre.compile(r"(?<!(?:[Cc]ác|[Nn]hững|[Nn]hiều|[Mm]ột số|[Mm]ỗi|\d)\s+)(?<!\w)(?:[Tt]ỉnh|[Tt]oàn tỉnh)"
                            r"(?!\s+\p{Lu})(?!\s*,\s*thành)(?!\w)")
#: An article that names this many provinces (and does not speak of `tỉnh` in its lead) compares them:
#: its unplaced figures are national.
_MANY_PROVINCES = 3
#: how many mentions of places that all lie in one province make an article about it (when its lead names none)
_ONE_PROVINCE_MARKS = 2
#: a noun in small letters after `bộ` (not `bộ, ngành`, `bộ trưởng`): `bộ` counts sets of that thing
_A_THING_AFTER = r"[^\S\n]+(?!(?:ngành|cơ\s+quan|ngang|và|trưởng)(?!\w))\p{Ll}"
#: `250 bộ quần áo`, `1.200 bộ sách giáo khoa`: `bộ` then a noun in small letters is a set of things, not ministries
_SET_OF_THINGS = lazyre.compile(r"(?<=(?i:bộ))" + _A_THING_AFTER)
#: a commune and the comma after it, right before its district (`xã Lai Cách, ` before `huyện Cẩm Giàng`)
#: (or the communes listed after `các`, and the bracket that gives their district: `các xã Đạ Đờn, Phúc Thọ (`)
_COMMUNE_THEN = lazyre.compile(
    r"(?:(?<!\w)(?:các|những)[^\S\n]+(?:xã|phường|thị\s+trấn)[^\S\n]+(?:" + _COMMUNE_NAME
    + r"[^\S\n]*(?:,|\svà)[^\S\n]*){1,8}" + _COMMUNE_NAME + "|" + _COMMUNE_NAMED.pattern + r")[^\S\n]*[,(][^\S\n]*$"
    # (or a site named in full, then a comma: `3 cửa hàng tại cửa khẩu quốc tế Hữu Nghị, huyện Cao Lộc`; not a gate in
    # brackets that goods pass through, `qua cửa khẩu Tân Thanh (Lạng Sơn)`)
    r"|(?<!\w)(?i:cửa\s+khẩu|khu\s+công\s+nghiệp|cụm\s+công\s+nghiệp|khu\s+kinh\s+tế|khu\s+du\s+lịch|cảng)"
    r"(?:[^\S\n]+\p{Ll}+){0,3}(?:[^\S\n]+\p{Lu}[\p{L}\d]*){1,4}[^\S\n]*,[^\S\n]*$")
#: a bracket that only labels what is named before it (`(giai đoạn 2)`, `(GRDP)`): words and at most a short number
#: (not `(cũ)`: a former unit, `huyện Lục Ngạn (cũ)`, is no place of its own after the merger)
_LABEL_ASIDE = lazyre.compile(r"\((?![^\S\n]*cũ[^\S\n]*\))[^()\n\d%]{1,40}(?:\d{1,2}[^()\n\d%]{0,10})?\)")
#: the units a list has not named yet (`các huyện còn lại`, `những xã khác`), after the last one it named
_OTHER_UNITS = lazyre.compile(r"[,;]\s*(?:các|những)\s+(?:huyện|quận|thị\s+xã|thành\s+phố|xã|phường|thị\s+trấn|địa\s+phương|"
                            r"đơn\s+vị)(?:\s*,\s*(?:thị\s+xã|thành\s+phố))?\s+(?:còn\s+lại|khác)(?!\w)")
_OTHER_UNITS_REACH = 80     # (how far before its figure an item's label is looked for)
#: more provinces, ministries or countries than there are (some 200 countries): a count of something else (`4.120 bộ`)
_MOST_BODIES = 200
#: sets of things named earlier in the paragraph (`nâng tổng số bộ đèn … lên 68.540 bộ`): a bare `bộ` after them counts them
_SETS_NAMED = lazyre.compile(r"(?<!\w)bộ(?=" + _A_THING_AFTER + ")")
#: the name of a festival, contest, games or congress before `toàn quốc` (`Liên hoan Sân khấu cải lương toàn quốc`, `Giải
#: vô địch võ cổ truyền toàn quốc`, `Đại hội Thể dục thể thao toàn quốc`), of an award by its level (`Chiến sĩ thi đua toàn
#: quốc`) or of a national plan: the country names the event, the award or the plan, not where its figure is
_EVENT_NAME_BEFORE = lazyre.compile(r"(?<!\w)(?:Liên\s+hoan|Giải|Hội\s+thi|Hội\s+diễn|Cuộc\s+thi|Hội\s+thao|Hội\s+báo|"
                                   r"Triển\s+lãm|Đại\s+hội|Hội\s+khỏe\s+Phù\s+Đổng|Hội\s+nghị|(?-i:HKPĐ|ĐHTDTT|ĐH\s+TDTT)|"
                                   # (awards by their level: `danh hiệu Chiến sĩ thi đua toàn quốc`)
                                   r"Chiến\s+sĩ\s+thi\s+đua|Cờ\s+thi\s+đua|danh\s+hiệu)(?:\s+[\p{L}-]+){0,8}?\s+$"
                                   # (competitions by their level: `tham gia 62 giải thể thao khu vực, toàn quốc`)
                                   r"|(?<!\w)giải(?:[\s,]+(?:và\s+)?[\p{L}-]+){0,6}?[\s,]+(?:và\s+)?$"
                                   # (a national plan's name: `Quy hoạch … cảng hàng không, sân bay toàn quốc`)
                                   r"|(?<!\w)(?:Quy\s+hoạch|quy\s+hoạch|Chiến\s+lược|Đề\s+án|Chương\s+trình|Kế\s+hoạch)"
                                   # (a name holds no verb or time word: `Theo Chương trình Chống lao Quốc gia, mỗi năm cả nước`)
                                   r"(?:[\s,]+(?:và\s+)?(?!(?:mỗi|năm|tháng|ước|có|là|đạt|hiện|đã|sẽ|của|với|thì)(?!\w))"
                                   r"[\p{L}-]+){0,14}?\s+$")
#: a route by its ends (`đường bay Phù Cát - Hà Nội`, `tuyến Quy Nhơn - Tuy Phước`) or its destination (`đường bay đi
#: Cần Thơ`, `chuyến tàu đến Đà Nẵng`, a ticket's direction: `vé chiều đi TP. Hồ Chí Minh`): the words before the
#: destination, before the origin, and what follows the origin
_ROUTE_NOUN = (r"(?<!\w)(?:đường\s+bay|tuyến(?:\s+bay|\s+xe(?:\s+buýt|\s+khách)?|\s+tàu|\s+đường)?|chuyến\s+bay|chuyến\s+tàu|"
               r"chặng|(?<=(?<!\w)vé\s+)chiều|(?<!\w)chiều(?=\s+(?:đi|về)\s))(?:\s+(?:quốc\s+tế|nội\s+địa|mới|thẳng|trực\s+tiếp|"
               r"thường\s+lệ))*")
_ROUTE_TO = lazyre.compile(_ROUTE_NOUN + r"(?:\s+(?:từ\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})?"
                           r"\s*(?:[-–]\s*|\s(?:đi|đến|tới|kết\s+nối(?:\s+với)?|nối)\s+)"
                           # (the destinations listed: `kết nối Hà Nội, TP Hồ Chí Minh, Hải Phòng, Cần Thơ`)
                           r"(?:(?:thành\s+phố|TP\.?)\s+)?(?:\p{Lu}[^,.;:()\n\d]{0,30}(?:,|\s+và)\s+){0,6}"
                           r"(?:(?:thành\s+phố|TP\.?)\s+)?$")
_ROUTE_FROM = lazyre.compile(_ROUTE_NOUN + r"\s+(?:từ\s+)?(?:(?:thành\s+phố|TP\.?)\s+)?$")
_ROUTE_ON = lazyre.compile(r"\s*(?:[-–]|(?:đi|đến|tới)\s)\s*\p{Lu}")
_ROUTE_REACH = 160
#: a word each of :data:`_ROUTE_NOUN`'s nouns holds, as it spells them (case-sensitive: neither regex ignores case)
_ROUTE_WORDS = ("đường", "tuyến", "chuyến", "chặng", "chiều")
#: a firm's or a plant's name, up to a word that goes on the sentence (`Công ty TNHH MTV Xổ số kiến thiết Bình Dương`,
#: `Nhà máy đốt rác phát điện Cần Thơ`), and the runs of capitalised words in it
_FIRM_NAME = lazyre.compile(r"(?<!\w)(?:(?:Tổng\s+)?[Cc]ông\s+ty|Nhà\s+máy)(?P<name>(?:[^\S\n]+(?!(?:tại|ở|của|đã|đang|sẽ|"
                            r"và|với|cho|trên|vào|đến|từ|có|là|thuộc|nộp|đạt|tổ\s+chức|được|cùng|phát(?!\s+điện)|tiêu|"
                            r"thu|bán)(?!\w))"
                            r"[\p{L}.&-]+){1,10})")
_CAPITALISED_RUN = lazyre.compile(r"\p{Lu}[\p{L}.]*(?:[^\S\n]+\p{Lu}[\p{L}.]*)*")
#: how far before `toàn quốc` such a name may start
_NAME_REACH = 100
#: words of the whole country: an article that says them may be national whatever places it names
_COUNTRY_WIDE = lazyre.compile(r"(?<!\w)(?:cả\s+nước|toàn\s+quốc|trên\s+toàn\s+quốc)(?!\w)", regex.IGNORECASE)
_NUMBER_TOKEN = lazyre.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")   # (not the `3` of `m3`, `CO2`)
_LEAD_MIN_WORDS = 12


@dataclass
class Context:
    """What an article says about time and place, found once; :meth:`attach` applies it to a figure."""

    text: str
    scan: str
    sentences: list[tuple[int, int]]
    published: str | None
    patterns: PatternSet
    provinces: list[_places.PlaceMention] = field(default_factory=list)
    periods: list[_periods.PeriodMention] = field(default_factory=list)
    usable_periods: list[_periods.PeriodMention] = field(default_factory=list)  # not change baselines
    main_place: str | None = None
    user_place: bool = False        # whether main_place is the one `--location` gave, none found in the text
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    structure: Structure | None = None
    subjects: _subjects.Subjects | None = None
    _self_ref: dict[tuple[int, int], bool] = field(default_factory=dict)
    _self_ref_beyond: dict[tuple[int, int], bool] = field(default_factory=dict)
    _datelines: list[_places.PlaceMention] = field(default_factory=list)   # set with `_marks`
    _breaks: dict[tuple[int, int], tuple[str, list[tuple[int, int]], list[int]]] = field(default_factory=dict)
    _sentence_cue: dict[tuple[str, int, int], bool] = field(default_factory=dict)   # (cue, s, e) -> found
    _placing: dict[tuple[int, int], list[_places.PlaceMention]] = field(default_factory=dict)  # see _placing_marks
    _cue_spans: dict[tuple[str, int, int], list[tuple[int, int]]] = field(default_factory=dict)  # its matches
    _national_before: dict[tuple[int, int], int | None] = field(default_factory=dict)   # (pos, floor) -> its answer
    _compared_memo: dict[int, bool] = field(default_factory=dict)   # a mark's start -> named only to compare with
    _located: dict[int, str | None] = field(default_factory=dict)  # id(draft) -> the location attach gave it
    _communes: dict[str, _places.PlaceMention] | None = None   # a commune's name -> its district, as the text says
    _told_districts: set[int] = field(default_factory=set)   # the starts of districts said right after a commune's name

    @classmethod
    def of(cls, text: str, scan: str, sentences: list[tuple[int, int]], *, published: str | None,
           patterns: PatternSet, default_location: str | None = None) -> "Context":
        _clean_pre.cache_clear()   # memoised within an article (a list repeats its clauses), not across them
        _clean_post.cache_clear()
        published = published or _periods.find_published(text, patterns=patterns)
        ctx = cls(text, scan, sentences, published, patterns)
        # (the date of a dateline, `Nam Định, ngày 10/3/2024 - …`, is the article's, no figure's period)
        ctx.periods = [m for m in _periods.find_periods(text, published=published, patterns=patterns)
                       if not (m.start < _DATELINE_REACH and _dateline_before(text, m.start))]
        ctx.usable_periods = [m for m in ctx.periods if (m.period_start or m.period_end) and not ctx._is_baseline(m)
                              and not ctx._dates_a_document(m)
                              and not (m.period_start == m.period_end and
                                       _ANNOUNCED_ON.search(text, max(0, m.start - 40), m.start) is not None)
                              and not _ORIGIN_BEFORE.search(text, max(0, m.start - 30), m.start)
                              and not (_YEAR_START_ALONE.fullmatch(m.text) and
                                       _PLAN_SET_BEFORE.search(text, max(0, m.start - 30), m.start))
                              and not (m.text[:3].lower() in ("đến", "tới") and
                                       _HELD_UNTIL_BEFORE.search(text, max(0, m.start - 16), m.start))]
        era = "post2025" if published and published[:4] >= "2025" else "pre2025"
        merged = bool(published) and published >= _MERGERS_IN_FORCE
        ctx.provinces = [_in_era(m, era, patterns, merged=merged) for m in _places.find_places(text, patterns=patterns)]
        ctx.structure = Structure.of(text, scan, sentences)
        ctx.paragraphs = ctx.structure.paragraphs
        found = ctx._main_place()
        ctx.main_place = found or default_location
        ctx.user_place = found is None and default_location is not None    # (the place `--location` gave)
        ctx.subjects = _subjects.Subjects(ctx.structure, patterns,   # (a product's place stays in its name)
                                          [m for m in ctx.provinces if m.level != "national"
                                           and not ctx._names_a_product(m)])
        return ctx

    def attach(self, d: Draft) -> dict:
        """The context fields of one figure, as Figure keyword arguments (and its status, when its period shows it
        cannot be a result yet)."""
        period = self.period(d)
        if d.status == "actual" and period is not None and self._not_begun(d, period):
            d.status = "target" if self._planned(d) else "forecast"
            d.why["status"] = f"its period ({period.text}) begins after the article's date"
        elif d.status == "target" and period is not None and self._reached_by_then(d, period):
            d.status = "actual"
            d.why["status"] = f"its period ({period.text}) ended in a year before the article's"
        if d.change and d.change.get("baseline"):
            year = period.end.year if period and period.end else \
                int(self.published[:4]) if self.published else None
            current = tuple(x.isoformat() if x else None for x in (period.start, period.end)) if period else None
            start, end = _periods.resolve_baseline(
                d.change["baseline"], year=year, current=current,  # type: ignore[arg-type]
                patterns=self.patterns)
            if start or end:
                d.change["baseline_period"] = Period(text=d.change["baseline"], start=start, end=end)
        subject = self.subject(d)
        location = self._located[id(d)] = self.location(d)   # (a part after it reads its whole's here)
        return {"subject": subject, "period": period, "location": location}

    def attach_as(self, d: Draft, like: Draft, fields: dict, status: tuple[str, str]) -> dict | None:
        """The context fields of ``d`` when it goes on a run of bare figures after ``like`` (whose fields and status
        before and after :meth:`attach` are given): `Tỷ lệ: 5% 7% 3% …`, numbers of one kind and unit with nothing but
        spaces between them and another number after, none with an attribute of its own. Such a run is one node of the
        sentence: what its first figure is of, when and where, so is each of the others (FIGURES.md §3, a list shares
        its head's indicator), and it is worked out once (a figure-dense line costs a look-up per figure, not the
        rules' passes). None when ``d`` does not go on such a run."""
        if not _in_bare_run(self.text, like, d) or d.status != status[0]:
            return None
        d.status = status[1]
        for key in ("status", "subject", "period"):
            if key in like.why:
                d.why[key] = like.why[key]
        self.subjects.record(d, fields["subject"])
        self._located[id(d)] = fields["location"]
        return dict(fields)

    def _reached_by_then(self, d: Draft, period: Period) -> bool:
        """Whether ``d`` is a target only by its `đến năm Y` while Y is a year before the article's (`Đến năm 2023, toàn
        tỉnh có 1.250 nhà văn hóa thôn` in 2024: what was there by then is told as reached), and its sentence names no
        plan before it (`mục tiêu đến năm 2023 là …` stays a target)."""
        if not self.published or period.start is not None or period.end is None or \
                period.end.year >= int(self.published[:4]) or _BY_YEAR.fullmatch(period.text) is None:
            return False
        s, _ = _sentence_of(self.sentences, d.start)
        return _PLAN_SAID.search(self.text, s, d.start) is None

    def _not_begun(self, d: Draft, period: Period) -> bool:
        """Whether ``d``'s own period (`năm 2026` in an article of December 2025) begins after the article's date, so
        that the figure holds no result yet: not an inferred period, a deadline (`xử lý dứt điểm 12 tàu … trước ngày
        31/3`: what is due by then may be counted now),
        a plan's own items (`thông qua 24 chỉ tiêu … năm 2026`), what `đã`/`hiện` says is so (`hiện đã có 320 hộ`),
        nor a period of the next clause (`đạt 500 doanh nghiệp, dự kiến năm 2024 …`). An "up to" date after the
        article's month (`đến hết năm 2025`) is so too: what will be by then is no result yet (a statistics release
        counts to the end of the month it is written in: `tại thời điểm 31/10/2024` on 30/10)."""
        if period.inferred or not self.published or _PLAN_WORDS.fullmatch(d.unit) or _DEADLINE.match(period.text):
            return False
        if period.start is not None:
            if period.start == period.end or period.start.isoformat() <= self.published:
                return False
            if _SCHOOL_YEAR.search(period.text) and self.published >= f"{period.start.year}-07-01":
                return False   # (a school year about to begin, told in the summer before it: its enrolment is done)
        elif period.end is None or period.end.isoformat()[:7] <= self.published[:7]:
            return False
        s, e = _sentence_of(self.sentences, d.start)
        clause = max(s, self.text.rfind(";", s, d.number.start) + 1)
        if period.start is None and _IN_FORCE_BEFORE.search(self.text, max(clause, d.number.start - 40), d.number.start):
            # `Ô tô điện chạy pin được miễn 100% lệ phí trước bạ đến hết ngày 28/2/2025`: a level a rule grants, in force
            # until then, is so now
            return False
        later = self.text.find(period.text, d.attr_end, e)
        return not _NOW_WORDS.search(self.text, clause, d.number.start) and \
            (later < 0 or "," not in self.text[d.attr_end:later])

    def _planned(self, d: Draft) -> bool:
        """Whether ``d``'s paragraph or the headline speaks of plans (a future figure is then a target)."""
        p_start, p_end = _sentence_of(self.paragraphs, d.start) if self.paragraphs else (0, len(self.text))
        headline_end = self.text.find("\n")
        return bool(_PLAN_WORDS.search(self.text, p_start, p_end) or
                    _PLAN_WORDS.search(self.text, 0, headline_end if headline_end >= 0 else len(self.text)))

    # -- period -------------------------------------------------------------------------------
    def period(self, d: Draft) -> Period | None:
        """The period phrase that governs a figure: one right after it (`vị trí thứ 4 năm 2021`) unless
        it opens the next item (`12,75% và năm 2022 là 14,26%`); a dated `cùng kỳ 2022` that is the
        figure's own (`(cùng kỳ 2022 xuất siêu 41,3 triệu USD)`); else the nearest before it in its
        sentence; else one later in the figure's clause (`có 30 tỉnh … được cấp phép mới trong tháng
        1/2019`); else (inferred) the nearest before it in its paragraph."""
        s, e = _sentence_of(self.sentences, d.start)
        usable = self.usable_periods
        i = bisect.bisect_left(self._period_starts, d.attr_end)
        nxt = usable[i] if i < len(usable) and usable[i].start < e else None
        last = self._period_before(d.number.start)
        if last is not None and last.start >= s:
            opened = self.text.rfind("(", s, last.start)
            closed = self.text.find(")", last.end, d.number.start) if opened >= 0 else -1
            if opened >= 0 and self.text.find(")", opened, last.start) < 0 and closed >= 0 and \
                    _BRACKET_FIGURE_OF.match(self.text, last.end, closed) is not None:
                # `9 tháng năm 2023, toàn tỉnh xảy ra 19 vụ (9 tháng năm 2022 là 24 vụ), làm 21 trẻ em bị xâm hại`: a
                # period said inside a bracket, with the figure it dates, before the bracket closes before the figure
                # is the bracket's own (a bracket of a period alone, `Dịp Tết (từ ngày 8/2 đến ngày 14/2/2024), có …`,
                # dates what it follows, and the sentence with it)
                last = self._period_before(opened)
        if last is not None and d.status == "target" and last.start >= s and _NOW_PHRASE.fullmatch(last.text) and \
                _FIGURE_RIGHT_BEFORE.search(self.text, max(s, last.start - 24), last.start) is not None:
            # `Phấn đấu đến năm 2025, giảm tỷ lệ hộ nghèo từ 3,12% hiện nay xuống dưới 2%`: the now of the level the
            # target starts from is that level's; the target keeps the horizon before it
            last = self._period_before(last.start)
        k = bisect.bisect_left(self._period_starts, d.end)
        inner = usable[k] if k < len(usable) and usable[k].end <= d.attr_end else None
        if inner is not None and d.target is not None and last is not None and last.start >= s and \
                _PLAN_WORD.search(self.scan, d.end, inner.start):
            # `tính đến ngày 30/9/2024, … đã giải ngân 187,2/300 tỷ đồng kế hoạch vốn năm 2024`: the year of the plan
            # names the plan; the period before dates the figure
            inner = None
        if nxt is not None and nxt.period_start is not None and \
                _DATE_BRACKET_OPEN.fullmatch(self.text, d.attr_end, nxt.start) and \
                _BRACKET_CLOSE.match(self.text, nxt.end) is not None and not self._is_baseline(nxt) and \
                (nxt.period_start == nxt.period_end or _SPANS_LISTED.search(self.text, nxt.start, nxt.end) is None):
            # (not spans listed, when the figure's things happened: `2 đợt quan trắc (tháng 3 và tháng 5)`)
            # `có thời điểm lên 11,4 g/l (ngày 28/3)`: a day in brackets right after the figure is the day it was
            # measured on; a span alone in them is the figure's label (`31.450 lượt (quý I), 34.120 lượt (quý II)`)
            d.why["period"] = "the period alone in brackets right after it"
            return _as_period(nxt)
        if inner is not None and _NEAR_AFTER.fullmatch(self.scan, d.end, inner.start) and not self._is_baseline(inner):
            # `đón 8.500 lượt khách trong 8 tháng đầu năm 2024, gấp đôi cùng kỳ`: the period right after the figure,
            # before the change its attributes go on to
            d.why["period"] = "the period phrase right after it, before its attributes"
            return _as_period(inner)
        if nxt is not None and last is not None and last.start >= s and \
                _AND_THEN.search(self.scan, max(d.attr_end, nxt.start - 24), nxt.start) is not None:
            # `phấn đấu đến năm 2025 hoàn thành khoảng 10.000 căn và đến năm 2030 hoàn thành toàn bộ …`: a period after
            # `và` (and its verb: `và phấn đấu đến cuối năm`), when one before the figure dates it already, opens the
            # next coordinated clause
            nxt = None
        if nxt is not None and _NEAR_AFTER.fullmatch(self.scan, d.attr_end, nxt.start) \
                and not _NEXT_ITEM.match(self.text, nxt.end) \
                and not _OF_THE_WHOLE.search(self.scan, max(d.end, nxt.start - 30), nxt.start):
            if (d.target is not None or (d.percent is not None and last is not None and last.start >= s)) and \
                    _PLAN_WORD.search(self.scan, d.end, nxt.start) or \
                    d.percent is not None and last is not None and last.start >= s and \
                    "%" in self.scan[d.end:nxt.start]:
                # (`thấp hơn so với mục tiêu 5% vào năm 2025`, `Giai đoạn 2021-2023, … đạt 95,5% kế hoạch giai đoạn
                # 2021-2025`: the plan's horizon, no later period either; a share of the plan of the only period the
                # sentence names, `đạt 102% kế hoạch năm 2023`, is of that period; nor is the period of any share's
                # base, when one before the figure in its sentence dates it: `Riêng quý III/2023, HTX thu được 1,26
                # triệu quả, chiếm 36,8% sản lượng 9 tháng`)
                nxt = None
            else:
                d.why["period"] = "the period phrase right after it"
                return _as_period(nxt)
        own = self._same_period_of(d, s)
        if own is not None:
            d.why["period"] = "a dated `cùng kỳ` that is its own"
            return own
        j = bisect.bisect_right(self._all_period_starts, d.number.start) - 1
        if j >= 0 and self.periods[j].start >= s and self._is_baseline(self.periods[j]) \
                and _OPENS_BRACKET.fullmatch(self.text, _SPACE_RUN.match(self.text, self.periods[j].end).end(),
                                             d.number.start):
            # `giảm 6 vụ so với năm 2022 (33 vụ)`: the value in brackets after a baseline is the baseline's own
            d.why["period"] = "the baseline it gives the value of, in brackets"
            return _as_period(self.periods[j])
        if last is not None and last.start >= s and d.status != "target" and (
                (_PLAN_NOUN_BEFORE.search(self.text, max(s, last.start - 30), last.start) and
                 not last.text.lower().startswith(("đến", "tới"))) or
                (last.text.lower().startswith("giai đoạn") and
                 _PROGRAMME_BEFORE.search(self.text, max(s, last.start - 90), last.start))):
            # `Tính đến ngày 31/8/2024, kế hoạch vốn năm 2024 đã giải ngân …`: the year a plan is for names the plan,
            # and the period before it dates the figure (so do the years of a programme: `tính đến ngày 15/10/2024,
            # dự án … cao tốc Bắc - Nam phía Đông giai đoạn 2021-2025 đã đạt …`); a horizon after the plan noun is the
            # target's own (`Theo Đề án … giai đoạn 2021-2025, mục tiêu đến năm 2025, giá trị … đạt 14.000 tỷ đồng`);
            # so is the year of the plan a target is (`sáng 5/12, Bộ đặt chỉ tiêu năm 2025 đón 22 triệu lượt khách`)
            earlier = self._period_before(last.start)
            if earlier is not None and earlier.start >= s:
                last = earlier
        if last is not None and last.start >= s and nxt is not None and nxt.rule != "horizon" and \
                nxt.start - d.attr_end <= _CLAUSE_REACH and _CLOSES_ITS_CLAUSE.match(self.text, last.end) and \
                len(self.text[self._clause_start(last.start, s):last.start].split()) >= _MID_CLAUSE_WORDS and \
                not _CLAUSE_STOP.search(_ACRONYM_BRACKET.sub(_blank, self.text[d.attr_end:nxt.start])):
            # `yêu cầu … duy trì kiểm soát nồng độ cồn đến hết tháng 3/2024, phấn đấu kéo giảm ít nhất 5% số người chết
            # … trong quý I/2024`: a period that closes the clause before (said after its verb, not opening the
            # sentence) dates that clause; the figure's own clause names its own
            d.why["period"] = "a period phrase later in its clause (the one before closes another clause)"
            return _as_period(nxt)
        if last is not None and last.start >= s and d.status == "actual" and \
                last.text.lower().startswith(("đến", "tới")) and \
                _NOW_AFTER_HORIZON.search(self.scan, last.end, d.number.start) is not None:
            # `phấn đấu đến năm 2025 tỷ lệ che phủ rừng đạt 45%, hiện đạt 42,3%`: a clause about now, after a target's
            # horizon, is not dated by it
            d.why["period"] = "none: a clause about now, after a target's horizon"
            return None
        if last is not None and last.start >= s:
            d.why["period"] = "the last period phrase before it in its sentence"
            return _as_period(last)
        if nxt is not None and nxt.rule != "horizon" and nxt.start - d.attr_end <= _CLAUSE_REACH \
                and not (_CLAUSE_STOP_BUT_FIGURES if d.kind == "rank" else _CLAUSE_STOP).search(
                    _ACRONYM_BRACKET.sub(_blank, self.text[d.attr_end:nxt.start])):
            # (a ranking's year said after its ranks dates them all: `lần lượt xếp thứ 19 và thứ 29 trong bảng xếp
            # hạng … (CPPI) năm 2023`; an acronym in brackets ends no clause)
            d.why["period"] = "a period phrase later in its clause"
            return _as_period(nxt)
        if nxt is not None and nxt.rule != "horizon" and nxt.start - d.attr_end <= _CLAUSE_REACH \
                and (_SENTENCE_CLOSES.fullmatch(self.text, nxt.end, e) or
                     _CHANGES_CLOSE.match(self.text, nxt.end, nxt.end + 40)) \
                and not _CLAUSE_STOP_BUT_FIGURES.search(self.text, d.attr_end, nxt.start):
            # `Huyện đã mở 64 lớp học nghề và đào tạo cho 1.900 lao động trong 6 tháng đầu năm 2024.`: the period
            # phrase that closes a sentence dates the figures coordinated before it that have none of their own (so
            # does one that only the figures' changes follow: `chi gần 1,4 tỷ USD để nhập hơn 5,3 triệu tấn ngô trong 6
            # tháng đầu năm, tăng 19,6% về lượng nhưng giảm 12,4% về kim ngạch`)
            d.why["period"] = "the period phrase that closes its sentence"
            return _as_period(nxt)
        note = _NOTE_OPENS.search(self.text, max(s, nxt.start - 30), nxt.start) if nxt is not None else None
        if note is not None and _NOTE_CLOSES_SENTENCE.fullmatch(self.text, nxt.end, e) and \
                "(" not in self.text[d.attr_end:note.start()]:
            # `…, Đà Nẵng 215.000 trang và Thừa Thiên Huế 198.000 trang (số liệu tính đến tháng 6/2024).`: a note in
            # brackets that closes the sentence says when all its figures were counted
            d.why["period"] = "the period in the note in brackets that closes its sentence"
            return _as_period(nxt)
        p_start = _sentence_of(self.paragraphs, d.start)[0] if self.paragraphs else s
        while last is not None and last.start >= p_start and self._in_aside_closed(last, p_start, s):
            # `Năm 2023, bảo tàng đón 85.000 lượt khách (năm 2022 là 61.000 lượt). Trong số này có 12.000 lượt khách quốc
            # tế`: a period in a bracket closed before the sentence dates only what the bracket said
            last = self._period_before(last.start)
        if last is not None and last.start >= p_start:
            d.why["period"] = "the last period phrase before it in its paragraph (inferred)"
            return _as_period(last, inferred=True)
        lead = self._bullet_lead(d.start)
        if last is not None and lead is not None and last.start >= lead[0]:
            # `Tính đến ngày 31/12/2024, tổng nguồn vốn của Quỹ đạt 41,6 tỷ đồng, trong đó:` / `- Vốn ngân sách tỉnh
            # cấp: 30 tỷ đồng;`: the bullets go on with the sentence their colon opened (a period of an earlier
            # sentence of that line, `… năm 2024. Trong đó:`, is inferred)
            said = last.start >= _sentence_of(self.sentences, lead[1])[0]
            d.why["period"] = "the last period phrase of the line whose colon opens its list of bullets" + \
                ("" if said else " (inferred)")
            return _as_period(last, inferred=not said)
        return None

    def _in_aside_closed(self, m: _periods.PeriodMention, floor: int, before: int) -> bool:
        """Whether the period ``m`` stands in a bracket opened after ``floor`` and closed before ``before``."""
        opened = self.text.rfind("(", floor, m.start)
        return opened > self.text.rfind(")", floor, m.start) and 0 <= self.text.find(")", m.end, before)

    def _clause_start(self, pos: int, floor: int) -> int:
        """Where the clause holding ``pos`` opens: after the last `,`, `;`, `:` or `(` before it, not before ``floor``."""
        return max(floor, *(self.text.rfind(c, floor, pos) + 1 for c in ",;:("))

    def _bullet_lead(self, pos: int) -> tuple[int, int] | None:
        """The start of the line whose closing colon opens the list of bullet lines that ``pos`` is on, and the
        colon's position, if it is on one: the bullets before it in between, nothing else."""
        return _bullets_header(self.text, pos, _BULLET_LINE, _BULLETS_BACK)

    def _same_period_of(self, d: Draft, s: int) -> Period | None:
        """`cùng kỳ 2022 xuất siêu 41,3 triệu USD`: a `cùng kỳ` that states its year and is not a
        comparison baseline dates the figure after it: the period of the text around it (the
        nearest dated phrase before), in that year."""
        j = bisect.bisect_right(self._all_period_starts, d.number.start) - 1
        if j < 0:
            return None
        m = self.periods[j]
        if m.rule != "same_period" or not m.explicit_year or m.start < s or m.end > d.number.start \
                or self._is_baseline(m) or _DIGIT.search(self.text, m.end, d.number.start):
            return None
        current = self._period_before(m.start)
        if current is None or not (current.period_start and current.period_end):
            return None
        start, end = _periods.resolve_baseline(m.text, year=None, current=(current.period_start, current.period_end),
                                               patterns=self.patterns)
        return Period(text=m.text, start=start, end=end) if start and end else None

    @functools.cached_property
    def _all_period_starts(self) -> list[int]:
        return [m.start for m in self.periods]

    @functools.cached_property
    def _period_starts(self) -> list[int]:
        return [m.start for m in self.usable_periods]

    def _period_before(self, pos: int) -> _periods.PeriodMention | None:
        """The last usable period phrase that ends at or before ``pos``."""
        return _last_ending_by(self.usable_periods, self._period_starts, pos)

    def _dates_a_document(self, m: _periods.PeriodMention) -> bool:
        """`… tại Quyết định số 125/QĐ-UBND ngày 10/01/2024, toàn tỉnh còn 35.478 hộ nghèo`: a day after a document's
        number is when it was signed."""
        return self.text.startswith(("ngày", "Ngày"), m.start) and \
            _DOCUMENT_BEFORE.search(self.text, max(0, m.start - 40), m.start) is not None

    def _is_baseline(self, m: _periods.PeriodMention) -> bool:
        return bool(_BASELINE_BEFORE.search(self.scan, max(0, m.start - 30), m.start))

    def _firm_place(self, start: int, end: int) -> str | None:
        """The province a firm named between ``start`` and ``end`` bears at the end of its name (`Công ty TNHH MTV Xổ số
        kiến thiết Bình Dương`), else None."""
        gaz = _places.gazetteer(patterns=self.patterns)
        for firm in _FIRM_NAME.finditer(self.text, start, end):
            for run in reversed(list(_CAPITALISED_RUN.finditer(firm.group("name")))):
                words = run.group().split()
                for k in range(len(words)):
                    name = _places.canonical(" ".join(words[k:]), patterns=self.patterns)
                    entry = gaz.get(name or "")
                    if entry is not None and entry.level == "province":
                        return self._era_name(name)
        return None

    def _route_end(self, m: _places.PlaceMention) -> bool:
        """Whether ``m`` is an end of a route a figure is of (`đường bay Phù Cát - Hà Nội`, `tuyến xe buýt Quy Nhơn - Tuy
        Phước`, `đường bay đi Cần Thơ`): where the route goes, not where its figure is."""
        before = self.text[max(0, m.start - _ROUTE_REACH):m.start]
        if not any(w in before for w in _ROUTE_WORDS):
            return False    # (most places have no route before them: no need to try the regexes at each position)
        if _ROUTE_TO.search(before):
            return True
        return _ROUTE_FROM.search(before) is not None and _ROUTE_ON.match(self.text, m.end) is not None

    # -- location -----------------------------------------------------------------------------
    # A figure's place, in order: the place its own words name (the nearest mark before it in its
    # sentence, an item of a `lần lượt` list, a count of provinces or ministries = the country),
    # a back-reference (`tỉnh này`) to the province named last, the paragraph's place (in a
    # provincial article), else the article's main place (`_main_place`), else `--location`.
    @functools.cached_property
    def _marks(self) -> list[_places.PlaceMention]:
        """The place mentions that can locate a figure, in text order, named as the location field
        names them: provinces by era; a district as its province (its own name in the figure's own
        clause or when the article is about it, see `_name`); the country for a national marker that is not a yardstick
        (`cao hơn bình quân cả nước`), a rank (`thứ 2 toàn quốc`) or part of a name (`Mặt trận Tổ
        quốc Việt Nam`). A district whose name several provinces share takes the one the article names.
        A district's mark has level "district", its province as ``name`` and its own name as
        ``provinces[0]`` (what :meth:`_name` reports when the article is about the district)."""
        cues = _cues(self.patterns)
        named = {m.name for m in self.provinces if m.level == "province"}
        out: list[_places.PlaceMention] = []
        for m in self.provinces:
            if self._names_a_product(m) or (m.start in self._origins and not _BRACKETED_FIGURE_AFTER.match(self.text, m.end)) \
                    or m.start in self._schools_placed_aside:
                continue    # `phân urê Cà Mau`, `khoai tây Đà Lạt`: a product's name or origin, not where the figure is; nor
                #             where people come from, `đội thi đến từ các tỉnh Vĩnh Phúc, Phú Thọ`; nor a province a school
                #             is named after, its place said aside, `Trường Tiểu học Điện Biên 1 (TP Thanh Hóa)`
            if m.level != "national" and (address := self._street_address_to(m)) is not None \
                    and (not _after_open_bracket(self.text, address.start()) or
                         _VENUE_BRACKETED.search(self.text, max(0, address.start() - 80), address.start())) \
                    and _SHOP_AT_ADDRESS.search(self.text, max(0, address.start() - 100), address.start()) is None:
                # (a shop's or a firm's address that opens its sentence says where what follows is: `Tại cửa hàng Kính
                # mắt Hải Vân ở số 112 Nguyễn Văn Linh, quận Thanh Khê, mỗi ngày có từ 40 đến 50 lượt khách`)
                # `Hội nghị … ở số 80 Quán Sứ, Hà Nội, Bộ … đặt chỉ tiêu`, `lễ mừng công tổ chức tại Nhà hát thành phố
                # (số 19 Hoàng Văn Thụ, quận Hồng Bàng)`: where a meeting is held, not what its figures are of (the
                # address in brackets of what the figures are of says where it is: `Rạp Tháng Tám (số 2 …, quận Hồng
                # Bàng) đón …`)
                continue
            if m.level != "national" and self._route_end(m):
                continue    # `đường bay Phù Cát - Hà Nội`, `mở đường bay đi Cần Thơ`: an end of a route, not where it is
            if m.level != "national" and not _LEVEL_OF_MARK.match(m.text) and \
                    _REGION_OF_BODY_BEFORE.search(self.text, max(0, m.start - 80), m.start) is not None:
                continue    # `Trung tâm Chẩn đoán thú y vùng Nha Trang`: the region a body serves, in its name
            if m.level != "national" and not _LEVEL_OF_MARK.match(m.text) and \
                    (joined := _NAME_DASH_BEFORE.search(self.text, max(0, m.start - 40), m.start)) is not None and \
                    not any(x.end == joined.end("n") for x in self.provinces) and \
                    not _places.district_provinces(joined.group("n"), patterns=self.patterns) and \
                    _places.canonical(joined.group("n"), patterns=self.patterns) is None:
                continue    # `nhà máy Tham Lương - Bến Cát`: the second half of a compound name, whose first is no place
                #             (a road's two ends are both places: `dự án Tân Phú - Bảo Lộc`)
            if m.level == "district":
                options = [p for p in m.provinces if p in named] if len(m.provinces) > 1 else list(m.provinces)
                if not options and not named:
                    # `huyện Phong Điền` (Cần Thơ and Thừa Thiên Huế) in an article that names no province: the
                    # district is the place, its province unknown
                    options = [m.name]
                if len(options) != 1:
                    continue
                if options[0] not in named and named and _TOWN_BEFORE.search(self.text, max(0, m.start - 12), m.start):
                    # `thị trấn Tân Yên` in an article on Tuyên Quang: a town of the province, named like a district of
                    # another (a town named like its own district is its seat: `thị trấn Chư Sê`)
                    continue
                out.append(_places.PlaceMention(options[0], m.text, m.start, m.end, "district", (m.name,)))
            elif m.level == "province" and (home := self._home_of_namesake(m)) is not None:
                # `như Lệ Thủy (1.236,4 mm), Quảng Ninh (1.187 mm)` in an article on Quảng Bình: a bare name the
                # article's province has a district of is that district, though another province bears it
                out.append(_places.PlaceMention(home, m.text, m.start, m.end, "district", (m.name,)))
            elif m.level == "national":
                before = self.text[max(0, m.start - 60):m.start]
                if "yardstick" in cues and cues["yardstick"].search(before) and not (
                        m.text.startswith(("Việt", "VIỆT")) and _SHARE_OF_WHOSE.search(before)):
                    # (the country by its name as whose whole a share is of, `Trung Quốc chiếm hơn 98% giá trị xuất khẩu
                    # tôm hùm của Việt Nam`: what a partner takes of the country's is the country's figure)
                    continue
                if self._in_event_name(m.start) or \
                        before.rstrip(" ").endswith(('"', "“")):
                    # `tại Liên hoan Sân khấu cải lương toàn quốc`: a national event's name, not where; so is a slogan
                    # that opens with it (`Phong trào "Cả nước chung tay vì người nghèo"`)
                    continue
                if m.name == m.text.strip() or m.text.startswith("Việt") or m.text.startswith("VIỆT"):
                    # bare `Việt Nam` names the country only after của/tại/ở/trên or opening a clause
                    if not _COUNTRY_AFTER.search(before):
                        continue
                out.append(m)
            else:
                out.append(m)
        # a dateline's place (`Hà Nội, ngày 02/12/2024 - …`) is where the article was filed, not a place
        # its figures belong to: kept apart for `_dateline_place` only
        self._datelines = [m for m in out if self._is_dateline(m)]
        return [m for m in out if m not in self._datelines]

    def _street_address_to(self, m: _places.PlaceMention) -> regex.Match[str] | None:
        """The street address that ends at ``m`` (`ở số 80 Quán Sứ, Hà Nội, Bộ … đặt chỉ tiêu`: where a meeting is
        held), unless ``m`` ends it and it runs straight on into its clause's predicate (`Nhà hát … ở số 57B Đinh Tiên
        Hoàng, quận Hoàn Kiếm, Hà Nội hiện diễn 7 suất`): then it says where the body its clause is about stands, and
        its last place (not the district before it, a postal detail) places it."""
        address = _STREET_ADDRESS.search(self.text, max(0, m.start - 80), m.start)
        if address is None or _ADDRESS_RUNS_ON.match(self.text, m.end, min(len(self.text), m.end + 120)) is None:
            return address
        return None

    def _topic_placed(self) -> str | None:
        """The district (else the province) of the locality a paragraph opens by placing what it is about, in brackets
        (`Làng mộc Kim Bồng (xã Cẩm Kim, TP Hội An, Quảng Nam) có lịch sử hơn 500 năm`): in an article whose lead names
        no place, where its subject is: the first paragraph whose bracket names a place the gazetteer knows."""
        for s, _e in self.paragraphs:
            m = _TOPIC_BRACKET.match(self.text, s, min(len(self.text), s + _TOPIC_REACH))
            if m is None:
                continue
            marks = self._marks_in(m.start("b"), m.end("b"))
            district = next((x for x in marks if x.level == "district"), None)
            if district is not None:
                return district.provinces[0]
            if marks:
                return marks[0].name
        return None

    def _in_event_name(self, pos: int) -> bool:
        """Whether the national marker at ``pos`` ends the name of a national event or award a local body took part in
        (`tại Liên hoan Sân khấu cải lương toàn quốc`, `giành huy chương tại giải trẻ toàn quốc`): it names the event,
        it does not speak of the country."""
        return _EVENT_NAME_BEFORE.search(self.text, max(0, pos - _NAME_REACH), pos) is not None

    def _venue_of_provincial_event(self, m: _places.PlaceMention) -> bool:
        """Whether the district ``m`` opens its clause as where an event of its own province is held (`Tối 26/11, tại
        huyện Bình Liêu, Liên hoan văn nghệ quần chúng … tỉnh Quảng Ninh năm 2023 đã bế mạc`): the event, and what is
        said of it, is the province's; the district is only its venue."""
        if m.level != "district" or _VENUE_BEFORE.search(self.text, max(0, m.start - 24), m.start) is None:
            return False
        comma = _SPACE_RUN.match(self.text, m.end).end()
        if not self.text.startswith(",", comma):
            return False
        end = min((k for k in (self.text.find(c, comma + 1) for c in ".;\n") if k >= 0), default=len(self.text))
        for x in self._marks_in(comma, end):
            if x.level == "province" and x.name == m.name and x.text[:4].lower() == "tỉnh":
                return _EVENT_HELD_AFTER.match(self.text, x.end, end) is not None
        return False

    def _crossing_end(self, m: _places.PlaceMention) -> bool:
        """Whether ``m`` is an end of a crossing or a journey said `từ X sang Y` (`qua phà Cát Lái từ TP Thủ Đức sang
        huyện Nhơn Trạch`): where people or goods go from or to, not where the figures are."""
        if m.level == "national":
            return False
        if _CROSSING_FROM_BEFORE.search(self.text, max(0, m.start - 8), m.start) is not None:
            return _CROSSING_TO_AFTER.match(self.text, m.end) is not None
        to = _CROSSING_TO_BEFORE.search(self.text, max(0, m.start - 12), m.start)
        return to is not None and _CROSSING_FROM_PLACE.search(self.text, max(0, to.start() - 60), to.start()) is not None

    def _said_with_others(self, m: _places.PlaceMention, floor: int) -> bool:
        """Whether the district ``m`` is named last after `và` with others, not before ``floor``: after a plural level
        (`các huyện ven biển và huyện đảo Cồn Cỏ`) or after a site (`tại Vườn quốc gia Phong Nha - Kẻ Bàng và huyện Minh
        Hóa`). What they did together is the province's."""
        return m.level == "district" and (
            _LEVELS_THEN_AND_BEFORE.search(self.text, max(floor, m.start - 80), m.start) is not None or
            _SITE_THEN_AND_BEFORE.search(self.text, max(floor, m.start - 100), m.start) is not None)

    def _distance_from(self, m: _places.PlaceMention, floor: int) -> bool:
        """Whether ``m`` is a province or city whose centre a distance is measured from (`Bản Lác cách trung tâm Hà Nội
        khoảng 140 km`): a point of reference, neither where the figure is nor what the article is about (other points
        of reference, `cách đảo Lý Sơn`, are dropped with the products: locality.toml [distance_from_place]; a
        district's centre, `Trường … cách trung tâm huyện Kỳ Sơn 45 km`, says the school lies in the district)."""
        if m.level == "district":
            # (a city's centre too, for a district's city: `cách trung tâm TP Quy Nhơn khoảng 35 km`, a city is small)
            level = _LEVEL_OF_MARK.match(m.text)
            if level is None or not level.group().lower().startswith(("thành", "tp")):
                return False
        return _CENTRE_FROM_BEFORE.search(self.text, max(floor, m.start - 40), m.start) is not None

    def _home_of_namesake(self, m: _places.PlaceMention) -> str | None:
        """The province whose district ``m`` names, when ``m`` is a province's name said bare (no `tỉnh`) in an article
        whose first province is one with a district of that name, and the article never names the other province by
        its level; else None."""
        if m.text.strip() != m.name:
            return None
        homes = _places.district_provinces(m.name, patterns=self.patterns)
        if not homes:
            return None
        first = next((x for x in self.provinces if x.level == "province"), None)
        if first is None or first.name not in homes or first.name == m.name:
            return None
        if any(x.name == m.name and x.level == "province" and x.text.strip() != m.name for x in self.provinces):
            return None     # (`tỉnh Quảng Ninh` said somewhere: the province)
        return first.name

    def _is_dateline(self, m: _places.PlaceMention) -> bool:
        """Whether ``m`` opens a line near the top and a date follows it (a dateline)."""
        before = self.text[self.text.rfind("\n", 0, m.start) + 1:m.start]
        return m.start < _DATELINE_REACH and (not before.strip() or _RELEASE_LABEL.fullmatch(before) is not None) \
            and _DATELINE_AFTER.match(self.text, m.end, m.end + 40) is not None

    def _agency_dateline(self, m: _places.PlaceMention) -> bool:
        """Whether ``m`` opens a line near the top as a news agency's dateline (`Hà Nội (TTXVN) - …`): where the agency
        filed the report from, which its lead may say is the country's (`… cả nước xảy ra 146 trận dông, lốc`) or a
        district's."""
        return m.start < _DATELINE_REACH and not self.text[self.text.rfind("\n", 0, m.start) + 1:m.start].strip() \
            and _AGENCY_DATELINE_AFTER.match(self.text, m.end) is not None

    @functools.cached_property
    def _mark_starts(self) -> list[int]:
        return [m.start for m in self._marks]

    def _marks_in(self, start: int, end: int) -> list[_places.PlaceMention]:
        """Marks within [start, end), found by bisection (figures × mentions stays cheap)."""
        out = []
        marks = self._marks
        for i in range(bisect.bisect_left(self._mark_starts, start), len(marks)):
            m = marks[i]   # (by index: a slice would copy the rest of the article's mentions)
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return out

    def _speaker_place(self, d: Draft, s: int) -> _places.PlaceMention | None:
        """`Bà Lan, Giám đốc HTX Nấm sạch Yết Kiêu (huyện Gia Lộc) cho biết: "HTX hiện có 32 thành viên … Doanh thu năm
        2023 của HTX đạt 9,6 tỷ đồng."`: a figure in a later sentence of a quote is the speaker's too, of the place the
        text gives for the speaker (the quote's first sentence is read in :meth:`_in_own_clause`)."""
        if '"' not in self.text and "“" not in self.text:
            return None
        p_start = _sentence_of(self.paragraphs, d.start)[0] if self.paragraphs else s
        # (the quote opens a few sentences before the figure at most, and the speaker's place shortly before it: both
        # looked for within a bounded stretch, so a long paragraph stays linear)
        floor = max(p_start, d.number.start - _QUOTE_REACH)
        opened = max(self.text.rfind('"', floor, s), self.text.rfind("“", floor, s))
        if opened < 0:
            return None
        for m in reversed(self._marks_in(max(p_start, opened - 160), opened)):
            if m.level != "national" and _SPEAKER_QUOTE.fullmatch(self.text, m.end, d.number.start) and \
                    _SPEAKER_BEFORE.search(self.text, max(p_start, m.start - 80), m.start):
                return m
        return None

    def _province_before(self, pos: int) -> _places.PlaceMention | None:
        """The last mark that names a province or district and ends at or before ``pos``."""
        i = bisect.bisect_right(self._mark_starts, pos)
        while i > 0:
            i -= 1
            m = self._marks[i]
            if m.end <= pos and m.level != "national":
                return m
        return None

    def _referent(self, pos: int, p_start: int) -> _places.PlaceMention | None:
        """The province that `của tỉnh`, `toàn tỉnh` at ``pos`` speaks of: the last one named before it, but not one
        named only as an item with its own figure (`thấp hơn Bắc Ninh (9,4%)`, `tiếp theo là Hà Nam (92,06
        điểm)`), and none when the last is named in an earlier paragraph of an article about another place (the
        province of a new paragraph is the article's own)."""
        for m in self._referable_before(pos):
            if m.start < p_start and self.main_place not in (None, _NATIONAL) and self._name(m) != self.main_place:
                return None
            return m
        return None

    def _last_district(self, pos: int, level: str | None = None) -> _places.PlaceMention | None:
        """The district named last before ``pos`` (not one named only as an item with its own figure), unless a
        province is named after it (other than its own, said right after it only to place it: `Huyện Tân Kỳ (Nghệ An)`,
        `huyện Mộc Châu, tỉnh Sơn La`). With ``level`` (the word the text refers with: `thị xã`), a district named
        with another level word (`TP Cẩm Phả`) is passed over."""
        marks = self._referable_before(pos)
        m = next(marks, None)
        while m is not None and m.level == "district" and \
                _REGION_OF_BODY.search(self.text, max(0, m.start - 50), m.start) is not None:
            # (`Chi cục Thuế khu vực Yên Phong - Quế Võ`: the districts a body's region spans are none it speaks of)
            m = next(marks, None)
        while level is not None and m is not None and m.level == "district" and _LEVEL_OF_MARK.match(m.text) \
                and not m.text.lower().startswith(level) and not (level == "thành phố" and m.text.startswith("TP")):
            # `Thị xã đã cử 265 vận động viên` after `TP Cẩm Phả xếp thứ hai`: a district of another level is not it
            m = next(marks, None)
        if m is not None and m.level == "province":
            district = next(marks, None)
            if district is not None and district.level == "district" and district.name == m.name \
                    and _LEVEL_OF_MARK.match(district.text) and _THEN_ITS_PROVINCE.fullmatch(self.text, district.end, m.start):
                return district
        return m if m is not None and m.level == "district" else None

    def _last_city(self, pos: int) -> _places.PlaceMention | None:
        """The city named last before ``pos`` (see :meth:`_referable_before`): a province's city (districts.toml
        ``cities``: `TP. Đồng Hới`) or a centrally-run one (places.toml ``kind = "thành phố"``: `Đà Nẵng`), past the
        other districts and provinces named since; else None. What a bare `thành phố` speaks of, but in an article about
        a centrally-run city, which it is (`TP Thủ Đức` is named so in one about TP Hồ Chí Minh)."""
        gaz = _places.gazetteer(patterns=self.patterns)
        if self._city_article:
            return None
        if _places.provincial_city(self.main_place or "", patterns=self.patterns):
            # (in an article about a province's city, `Sầm Sơn`, `Đà Lạt`, the city is that one, whatever city a clause
            # named since: `phân phối đi TP. Hồ Chí Minh, Hà Nội` … `thành phố phấn đấu 100% cơ sở …`)
            return next((m for m in self._marks if m.level == "district" and m.provinces[0] == self.main_place), None)
        for m in self._referable_before(pos):
            if m.level == "district":
                if _places.provincial_city(m.text, patterns=self.patterns):
                    return m
                own = gaz.get(m.provinces[0])
                if own is not None and own.kind == "thành phố":
                    return m    # (`thành phố Huế` in 2024, the city of the province that bore its name, see _in_era)
            elif m.level == "province":
                entry = gaz.get(m.name)
                if entry is not None and entry.kind == "thành phố":
                    return m
        return None

    def _city_of_district(self, pos: int) -> _places.PlaceMention | None:
        """In an article about a district of a centrally-run city that is no city itself, the city it lies in, which a
        bare `thành phố` speaks of (`Nhà trọ công nhân ở Liên Chiểu vắng khách` … `thành phố đã đưa vào sử dụng 6 khu
        chung cư`: Đà Nẵng's); else None."""
        whose = _places.district_provinces(self.main_place or "", patterns=self.patterns)
        entry = _places.gazetteer(patterns=self.patterns).get(whose[0]) if len(whose) == 1 else None
        if entry is None or entry.kind != "thành phố" or \
                _places.canonical(self.main_place, patterns=self.patterns) is not None or \
                _places.provincial_city(self.main_place, patterns=self.patterns):
            return None
        return _places.PlaceMention(whose[0], whose[0], pos, pos, "province")

    def _levels_said(self, start: int, end: int) -> Iterator[str | None]:
        """The level word (lower case: `huyện`, `thị xã`, `quận`, `thành phố`) of each place the text from ``start`` to
        ``end`` speaks of without naming it (locality.toml [district_reference]), in order; None for a match that says
        none."""
        cue = _cues(self.patterns).get("district_reference")
        if cue is None:
            return
        for said in cue.finditer(self.text, start, end):
            level = _LEVEL_WORD.search(said.group())
            yield level.group().lower() if level is not None else None

    def _city_in_clause(self, d: Draft, s: int, e: int) -> bool:
        """Whether the figure's own clause (between the clause breaks of its sentence around it) speaks of `thành phố`
        (locality.toml [district_reference])."""
        # (from the break itself, which the cue may open with: `…, thành phố đã đưa vào sử dụng 6 khu chung cư`)
        start = max(s, max(self.text.rfind(c, s, d.number.start) for c in ",;"))
        end = min([e] + [k for c in ",;" if (k := self.text.find(c, d.end, e)) >= 0])
        return "thành phố" in self._levels_said(start, end)

    @functools.cached_property
    def _city_article(self) -> bool:
        """Whether the article is about a centrally-run city (places.toml ``kind = "thành phố"``)."""
        entry = _places.gazetteer(patterns=self.patterns).get(self.main_place or "")
        return entry is not None and entry.kind == "thành phố"

    def district_spoken_of(self, pos: int) -> str | None:
        """The district the text before ``pos`` spoke of last (see :meth:`_last_district`), or None: where a table of
        communes placed at ``pos`` lies (`Huyện tổ chức chấm điểm 35 xã, thị trấn …` over `Xã Hải Minh | 93,75`)."""
        m = self._last_district(pos)
        return self._name(m, own=True) if m is not None else None

    def _referable_before(self, pos: int) -> Iterator[_places.PlaceMention]:
        """The marks ending before ``pos``, last first, that a bare `tỉnh`, `huyện` can speak of: a province or a
        district, not one named only as an item with its own figure (`thấp hơn Bắc Ninh (9,4%)`) or only to compare
        with (`đứng thứ 2 cả nước, sau Hà Nội. Năm 2024, tỉnh …`), nor one things or people are sent to (`chuyển tuyến
        ra Hà Nội`)."""
        i = bisect.bisect_right(self._mark_starts, pos)
        while i > 0:
            i -= 1
            m = self._marks[i]
            if m.end <= pos and m.level != "national" and not _WITH_OWN_FIGURE.match(self.text, m.end) \
                    and not _RESPECTIVE_ITEM.match(self.text, m.end, m.end + 160) \
                    and not self._listed_with_figure(m) and (not self._compared(m) or self._partner(m)) \
                    and not _DESTINATION_BEFORE.search(self.text, max(0, m.start - 80), m.start) \
                    and not _SENT_AWAY_BEFORE.search(self.text, max(0, m.start - 80), m.start) \
                    and not self._distance_from(m, 0) \
                    and not (_PAIRED_AFTER.match(self.text, m.end) and
                             _AREA_NAMED.search(self.text, max(0, m.start - 12), m.end)):
                # (not the first of two districts that name an office's area, `Chi cục Thuế khu vực Tiền Hải - Kiến
                # Xương`: a later `huyện` is neither of them by that name)
                yield m

    def _listed_with_figure(self, m: _places.PlaceMention) -> bool:
        """Whether ``m`` is one of several places of a sentence each said with its own figure (`tiếp đến là thành phố
        Tam Điệp 0,7011 điểm; huyện Kim Sơn đứng cuối với 0,5147 điểm`): an item of a ranking, not the place a later
        `huyện có …` speaks of."""
        if _ITEM_FIGURE.match(self.text, m.end) is None:
            return False
        s, e = _sentence_of(self.sentences, m.start)
        # (the others may be said with theirs after `lần lượt`: `Dẫn đầu là huyện Giao Thủy với 92,8 điểm; thành phố Nam
        # Định và huyện Xuân Trường lần lượt xếp thứ 3 và 4`)
        return any(o is not m and o.text.lower() != m.text.lower() and o.level != "national" and
                   (_ITEM_FIGURE.match(self.text, o.end) is not None or
                    _RESPECTIVE_ITEM.match(self.text, o.end, o.end + 160) is not None) for o in self._marks_in(s, e))

    def _province_after(self, pos: int) -> _places.PlaceMention | None:
        """The first mark that names a province or district and starts at or after ``pos``."""
        for i in range(bisect.bisect_left(self._mark_starts, pos), len(self._marks)):
            if self._marks[i].level != "national":
                return self._marks[i]
        return None

    def _clause_refers_to(self, m: _places.PlaceMention, d: Draft, s: int) -> bool:
        """Whether the figure's own clause speaks of the district ``m``, named before it in its sentence, by its level
        word (`TP. Đồng Hới đón khoảng 27.000 lượt khách, …; doanh thu du lịch của thành phố ước đạt 85 tỷ đồng`:
        locality.toml [district_reference])."""
        if m.level != "district" or self._city_article:
            return False
        kind = _LEVEL_OF_MARK.match(m.text)
        if kind is None:
            return False
        word = next(self._levels_said(max(s, m.end, self.text.rfind(";", s, d.number.start) + 1), d.number.start), None)
        if word is None:
            return False
        named = kind.group().lower().strip()
        return named.startswith(word) or (word == "thành phố" and named.startswith("tp"))

    def _in_own_clause(self, m: _places.PlaceMention, d: Draft) -> bool:
        """Whether the place ``m`` before the figure is in the figure's own clause or list item
        (`huyện Tuy Phước (120 ca)`), not one before it (`huyện A có 28.000 ha, toàn tỉnh có 31.000 ha`)."""
        gap = self.text[m.end:d.number.start].rstrip()
        # (`huyện Cao Lộc (chiếm 38% số vụ)`, `huyện Tiền Hải (dưới 75%)`: the bracket that opens with the place's figure)
        gap = _BRACKET_LEAD.sub("", gap, count=1)
        if gap.startswith(")") and _after_open_bracket(self.text, m.start):
            gap = gap[1:]   # `Xã Sơn Vĩ (huyện Mèo Vạc) có 21 bản`: the district a bracket gives the place before it
        cue = _cues_found(self.patterns).get("self_reference")   # (whether it matches only)
        s = _sentence_of(self.sentences, m.start)[0]
        opening = max(s, self.text.rfind(";", s, m.start) + 1)     # (`…; riêng tại huyện Lạc Dương, …`)
        line = self.text.rfind("\n", 0, m.start) + 1
        if gap.lstrip().startswith(":") and ":" not in gap.lstrip()[1:] and \
                _BULLET_OPENING.fullmatch(self.text, line, m.start):
            return not (cue and cue.search(gap))   # `+ Huyện Yên Thành: tiêm 248.600 liều`: a bullet's place label
        if (":" not in gap or _SPEAKER_QUOTE.fullmatch(gap)) and _OPENING_PLACE.fullmatch(self.text, opening, m.start):
            # `Tại thành phố Biên Hòa, giá căn hộ …`: the sentence's place (what an aside on the place says of the
            # province, `, nơi tập trung 60% dư nợ của tỉnh,`, is said of the aside's figure), and of what a speaker
            # there says (`Tại xã Mỹ Tân, thành phố Cao Lãnh, chị … cho biết: "… chỉ mất khoảng 15 phút"`)
            # (a body of the province that acts there, `Tại huyện Thuận Châu, Ban Chuyên án của Công an tỉnh đã bắt 3
            # đối tượng`, is who did it, not a scope)
            return not (cue and cue.search(_without_province_bodies(_PLACE_ASIDE.sub("", gap))))
        if cue and cue.search(_without_province_bodies(gap)):
            return False
        if _EVENT_AT.search(self.text, max(s, m.start - 80), m.start) is not None and \
                not any(m.end <= x.start < d.number.start for x in self.provinces) and \
                not any(x.end <= m.start and _AND_GAP.fullmatch(self.text, x.end, m.start) for x in self.provinces):
            # `vụ cháy rừng thông ở huyện Can Lộc hôm 9/5 đã thiêu rụi khoảng 15 ha; hơn 500 người … được huy động dập
            # lửa`: what the sentence goes on to say of an event, across `;` and commas, is where the event was
            return True
        if ";" not in gap and self._district_reports(m, s):
            return True
        if _NAMED_OPENING.fullmatch(self.text, opening, m.start):
            # `HTX Nông nghiệp dịch vụ Công bằng Ea Kiết (huyện Cư M'gar) với 1.200 ha …, năm 2023 xuất khẩu hơn 3.000
            # tấn …`: the place a bracket gives the name that opens the sentence is where all it says happens
            return True
        if ";" not in gap and _PERSON_OPENS.match(self.text, s) and \
                _SPEAKER_BEFORE.search(self.text, max(s, m.start - 80), m.start):
            # `Ông Rơ Mah Blơi ở làng Plei Bông, xã Chư Drăng (Krông Pa) trồng 6 ha sắn, năng suất đạt 28 tấn/ha, thu
            # lãi hơn 150 triệu đồng`: a sentence that opens with a person and the place they live tells of them there
            return True
        if _SPEAKER_QUOTE.fullmatch(gap) and _SPEAKER_BEFORE.search(self.text, max(s, m.start - 80), m.start):
            # `Anh Rơ Châm Thuyên (xã Ia Pếch, huyện Ia Grai) cho biết: "Gia đình tôi có 2,5 ha cà phê"`: a speaker's
            # own figures are of the place the text gives for the speaker
            return True
        if _SCENE_GAP.fullmatch(gap) and _LOCATIVE_BEFORE.search(self.text, max(0, m.start - 96), m.start):
            # `một số điểm tại lòng hồ thuộc huyện Vĩnh Cửu có mật độ tảo tăng cao, hàm lượng phốt pho đạt 0,12 mg/l`:
            # the sentence's first figure after a place said with a preposition of place, only commas between, is said
            # of that place (not a place inside a name: `Riêng dịp Lễ hội Hoa Lư, các điểm du lịch đón …`)
            return True
        # `Công an huyện Mai Sơn phá 58 vụ, 81 đối tượng`: a comma after a figure goes on with the item's figures;
        # `bờ sông Tiền đoạn qua thị xã Hồng Ngự (giai đoạn 2) có tổng mức đầu tư …`: a bracket that only labels
        # what is named is no clause of its own; nor is the value a comma gives what was just named (`Tòa án nhân dân
        # huyện Ngọc Hiển có tỷ lệ giải quyết cao nhất, đạt 98,9%`)
        gap = _VALUE_AFTER_COMMA.sub("", gap, count=1)
        return not _CLAUSE_BREAK.search(_FIGURE_COMMA.sub(" ", _LABEL_ASIDE.sub(" ", gap)))

    def _name(self, m: _places.PlaceMention, *, own: bool = False) -> str:
        """The location a mark gives. A district named in the figure's own clause or list item (``own``:
        `huyện Tuy Phước (120 ca)`, `đạt 99% tại Đà Lạt`) is the figure's place; a district named only
        earlier in the paragraph stands for its province, unless the article is about it."""
        if m.level == "district" and m.provinces and (own or m.provinces[0] == self.main_place):
            return m.provinces[0]
        return m.name

    def _refers_back(self, p_start: int, p_end: int) -> bool:
        """Whether a span speaks of 'the province' without naming it (cached per span)."""
        key = (p_start, p_end)
        if key not in self._self_ref:
            cue = _cues_found(self.patterns).get("self_reference")   # (whether it matches only)
            if cue is None or not _cue_may_match(_cue_words(self.patterns).get("self_reference"), self.text, p_start,
                                                 p_end):
                self._self_ref[key] = False
            else:
                para = self.text[p_start:p_end]
                self._self_ref[key] = cue.search(para, timeout=match_timeout(para)) is not None
        return self._self_ref[key]

    def _refers_back_beyond_sets(self, p_start: int, p_end: int) -> bool:
        """Whether a paragraph that speaks of 'the province' does so beyond the set a thing is one of (`Tại thị xã Quế
        Võ, Công ty … là một trong 7 doanh nghiệp của tỉnh được cấp phép …`) or the whole its share is of (`chiếm gần
        21% lượng viên nén xuất khẩu của tỉnh`): those scope the count, not what the paragraph goes on about (the
        firm, where it stands)."""
        key = (p_start, p_end)
        if key not in self._self_ref_beyond:
            cue = _cues_found(self.patterns)["self_reference"]
            para = self.text[p_start:p_end]
            self._self_ref_beyond[key] = any(
                not m.group().startswith("của") or
                _ONE_OF_SET_BEFORE.search(para, max(0, m.start() - 100), m.start()) is None
                for m in cue.finditer(para, timeout=match_timeout(para)))
        return self._self_ref_beyond[key]

    def _is_caption(self, line: str) -> bool:
        return bool(_CAPTION.search(line))

    def _main_place(self) -> str | None:
        """The place an article is about: the first place its headline or lead names (the country
        for a national marker: `Cả nước có 30 tỉnh …, trong đó Hải Dương …`); a district named there
        when the lead does not speak of `tỉnh` (then the district itself: `Đà Lạt`); else the
        province of a lead that speaks of `tỉnh` and names it (or its districts) anywhere; else a
        provincial paper's own tag (`QNO`, `BDK.VN`, `Báo Gia Lai`); else the country when the lead
        speaks of national bodies only; else the province of a dateline at the top (`Hải Phòng, ngày …`);
        else None (never a guess)."""
        cues = _cues(self.patterns)
        publisher = self._publisher_place
        entry = _places.gazetteer(patterns=self.patterns).get(publisher or "")
        if publisher is not None and (entry is None or entry.level != "province"):
            # `UBND HUYỆN CẨM XUYÊN` over `Số: 412/BC-UBND`, or `Cổng thông tin điện tử huyện Phù Cát` under the
            # headline: a district's own report or portal is about the district, whatever provincial office it answers
            # or names (`Văn phòng Điều phối nông thôn mới tỉnh`, `được UBND tỉnh công nhận`)
            return publisher
        report_title = _REPORT_TITLE.search(self.text, 0, _DATELINE_REACH * 2) \
            if publisher is not None and self._letterhead else None
        if report_title is not None:
            named = [m for m in self._marks_in(*report_title.span("t")) if m.level == "district" and m.name == publisher
                     and _LOCATIVE_BEFORE.search(self.text, max(0, m.start - 40), m.start) is not None]
            if len(named) == 1:
                # `BÁO CÁO` / `Kết quả phát triển kinh tế ban đêm tại thành phố Phú Quốc …`: a province's report whose
                # title says where it reports on is about that district
                return named[0].provinces[0]
        if publisher is not None and self._letterhead and _OWN_LETTER.match(self.text) is not None:
            # `ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG` / `Số: 58/BC-UBND` over a report whose first paragraph names its districts
            # (`tại huyện Trần Đề và huyện Long Phú lần lượt là …`): a province's own letter reports on the province
            return publisher
        lead_span: tuple[int, int] | None = None
        title: tuple[int, int] | None = None
        for k, (s, e) in enumerate(self.paragraphs):
            para = self.text[s:e]
            if len(para.split()) < _LEAD_MIN_WORDS or not _SENTENCE_MARK.search(para) \
                    or self._is_caption(para):
                continue
            lead_span, title = (s, e), self._title_before(k)
            break
        # (a report of short lines and bullets that speaks of `toàn tỉnh` before its first long paragraph, or has
        # none: the province its headings or datelines name)
        provincial = self._refers_back(0, len(self.text)) if lead_span is None else \
            self._refers_back(*lead_span) or self._refers_back(0, lead_span[0])
        if lead_span is not None:
            first_sentence = _sentence_of(self.sentences, lead_span[0])
            opening = (lead_span[0], min(lead_span[1], first_sentence[1]))
            if title is not None and not provincial and \
                    all(m.level == "national" or _VENUE_BRACKETED.search(self.text, max(0, m.start - 80), m.start)
                        or _VENUE_NAMED_BEFORE.search(self.text, max(0, m.start - 100), m.start)
                        for m in self._marks_in(*opening)) and (
                    (_RANKED_IN_COUNTRY.search(self.text, *title) and "national_sentence" in cues and
                     _cues_found(self.patterns)["national_sentence"].search(self.text, *lead_span)) or
                    (_RANKED.search(self.text, *title) and "ministry" in cues and
                     cues["ministry"].search(self.text, *opening))):
                # `Nam Định dẫn đầu cả nước về điểm thi` over a lead about the country's results: the
                # headline ranks one province in a national report (the lead may say `cả nước` itself: `Cà Mau dẫn
                # đầu` over `Theo số liệu của Tổng cục Hải quan, … của cả nước đạt 9,01 tỷ USD`; and name where it was
                # held in brackets: `tại Cung Thể thao Quần Ngựa (Hà Nội), Bộ Văn hóa, Thể thao và Du lịch tổ chức …`)
                return _NATIONAL
            if title is not None and not provincial and self._publisher_place is None and \
                    _NATIONAL_BANNER.match(self.text) is not None and \
                    _NATIONAL_EVENT.search(self.text, *title) is not None and \
                    _EVENT_RESULT.search(self.text, *title) is not None:
                # `Bế mạc Giải vô địch cờ vua trẻ toàn quốc năm 2024: Hà Nội dẫn đầu với 21 huy chương vàng` under a
                # ministry's banner: the results of a national event, whatever team leads or city hosts it (a province's
                # paper on the same event reports its own team)
                return _NATIONAL
            if title is not None and not provincial and not self._marks_in(*title) and \
                    _PROVINCES_COMPARED.search(self.text, *title) and _RANKED_IN_COUNTRY.search(self.text, *opening):
                # `Các tỉnh phía Bắc dẫn đầu thu hút FDI năm 2024` over `Bắc Ninh … trở thành địa phương thu hút vốn đầu tư
                # nước ngoài lớn nhất cả nước`: a headline that compares provinces, over one ranked in the country
                return _NATIONAL
            for span in (title, opening, lead_span):
                if span is None:
                    continue
                if span is lead_span and not provincial and "national_lead" in cues and any(
                        _ONE_OF_COUNTRY.search(self.text, max(0, said.start() - 100), said.start()) is None
                        and (publisher is None or
                             _ORDER_CARRIED_OUT.search(self.text, max(0, said.start() - 160), said.start()) is None)
                        for said in cues["national_lead"].finditer(self.text, title[0] if title else opening[0],
                                                                   opening[1])) and not self._letterhead:
                    # (not the country a thing is one of so many of: `Là một trong 4 khu neo đậu … của cả nước`; nor,
                    # on a province's own site, the national body whose order the lead carries out: `Thực hiện Chỉ thị
                    # số 20/CT-TTg … của Thủ tướng Chính phủ, hệ thống chiếu sáng … trên địa bàn thành phố đã …`)
                    # `Theo Bộ Công Thương, 6 tháng … cả nước …. Trong đó, Đồng Tháp …`: a headline and
                    # opening sentence that speak of national bodies and name no place
                    return _NATIONAL
                # (a place in a street address says where an event was held, not what the article is about: `tại
                # Trung tâm IOC, số 24 Trần Phú, quận Hải Châu, Sở Thông tin và Truyền thông TP Đà Nẵng tổ chức …`)
                # (nor does the place where a meeting is held: `Ngày 21/02/2024, tại Hà Nội, Ủy ban Dân tộc tổ chức Hội
                # nghị sơ kết …`)
                # (nor an alley's, `Trung tâm … (K20 Phan Thanh, quận Thanh Khê)`: where a body sits)
                marks = [x for x in self._marks_in(*span) if self._street_address_to(x) is None
                         # (nor a news agency's dateline: see _agency_dateline)
                         and not (span is not title and self._agency_dateline(x))
                         and _ALLEY_ADDRESS.search(self.text, max(0, x.start - 60), x.start) is None
                         and not ((_VENUE_BEFORE.search(self.text, max(0, x.start - 16), x.start) or
                                   _VENUE_NAMED_BEFORE.search(self.text, max(0, x.start - 100), x.start))
                                  and _VENUE_AFTER.match(self.text, x.end))
                         and not (x.level in ("province", "district") and
                                  _VENUE_OF_EVENT.search(self.text, max(0, x.start - 70), x.start))
                         # (nor a place a distance is measured from: `tàu cá chìm cách Lý Sơn 70 hải lý`)
                         and not self._distance_from(x, 0) and not self._crossing_end(x)
                         # (nor the district that hosts its province's event: `tại huyện Bình Liêu, Liên hoan … tỉnh Quảng
                         # Ninh năm 2023 đã bế mạc`)
                         and not self._venue_of_provincial_event(x)
                         # (nor the address of a place named aside, in brackets: `… ở phố Tây Bùi Viện (phường Phạm Ngũ
                         # Lão, quận 1)`)
                         and not (x.level == "district" and
                                  _ADDRESS_ASIDE.search(self.text, max(0, x.start - 50), x.start) is not None)
                         # (nor the country that ends a firm's name: `Công ty TNHH Túi xách Hoàng Phong Việt Nam xuất khẩu
                         # 1,65 triệu sản phẩm`, the firm's own entity here)
                         and not (x.level == "national" and
                                  _FIRM_BEFORE_COUNTRY.search(self.text, max(0, x.start - 80), x.start) is not None)
                         # (nor a place named to compare with: `đứng thứ 3 toàn quốc, chỉ sau TP Hồ Chí Minh`)
                         and not (x.level != "national" and self._compared(x))
                         # (nor the country a thing is one of so many of: `Là một trong 4 khu neo đậu … của cả nước`)
                         and not (x.level == "national" and
                                  _ONE_OF_COUNTRY.search(self.text, max(span[0], x.start - 100), x.start) is not None)
                         # (nor the site a quoted title of a task, a project, a contest names after `tại`: `nhiệm vụ khoa
                         # học "Ứng dụng … tại huyện Bắc Hà", tỉnh Lào Cai đã chuyển giao …`; a place the title is on,
                         # `Cuộc thi ảnh “Nghệ An – Đổi mới và phát triển”`, is what the article is about)
                         and not (_SITE_BEFORE.search(self.text, max(span[0], x.start - 30), x.start) is not None and
                                  _QUOTED_TITLE_OPEN.search(self.text, max(span[0], x.start - 160), x.start) is not None)]
                spread = next((x for x in marks if x.level == "district" and span is not title and _SPREAD_IN_LEAD.search(
                    self.text, max(span[0], x.start - 120), x.start) is not None), None)
                if spread is not None:
                    # `toàn thành phố ước có 214 cơ sở …, tập trung chủ yếu ở quận Ninh Kiều (chiếm gần 60%)`: the
                    # districts most of what a lead counts is in, and those its sentence names after them (`; trong
                    # đó làng hoa Bà Bộ (phường Long Tuyền, quận Bình Thủy) có 82 hộ`), hold parts of a wider whole
                    end = _sentence_of(self.sentences, spread.start)[1]
                    marks = [x for x in marks if not (x.level == "district" and spread.start <= x.start < end)]
                items = [x for x in marks if x.level == "district" and _OWN_NUMBER_AFTER.match(self.text, x.end)]
                if len(items) >= 2:
                    # `… đào tạo nghề cho 5.236 người (Mèo Vạc 1.542 người, Đồng Văn 1.398 người, …)`: districts each
                    # with its own number break a figure down; none is what the article is about
                    marks = [x for x in marks if x not in items]
                if provincial and span is not title:
                    dateline = next((x for x in self._datelines if x.level == "province" and span[0] <= x.start
                                     and (not marks or x.start < marks[0].start)), None)
                    if dateline is not None:
                        # `Phú Thọ, ngày 9/9/2025 – Theo Ban Chỉ huy … tỉnh, … Ban Chỉ đạo quốc gia`: a lead that speaks of
                        # `tỉnh` after its dateline speaks of the dateline's province
                        return dateline.name
                if not marks or self._lists_places(marks):
                    # (`Năm tỉnh Cà Mau, Sóc Trăng, Bạc Liêu, Kiên Giang và Bến Tre chiếm 65% kim ngạch …`: a list of
                    # provinces compares them, it names no one province the article is about)
                    continue
                if span is not title and not provincial and marks[0].level != "national" and \
                        _PROVINCES_COUNTED.search(self.text, span[0], marks[0].start) is not None:
                    # `Sâu keo mùa thu đã lan ra 52 tỉnh, thành phố, nhiều ruộng ngô ở Sơn La, Đắk Lắk bị cắn trụi lá`: a
                    # lead that counts the provinces first speaks of the country; those it names after are examples
                    return _NATIONAL
                m = marks[0]
                if span is title and m.level == "province" and _LEVEL_OF_MARK.match(m.text) is None:
                    said = [x for x in self._marks_in(*opening) if x.level != "national"]
                    if said and said[0].level == "district" and said[0].name == m.name and \
                            said[0].provinces[:1] == (m.text,):
                        # `Xích lô du lịch Huế phục vụ hơn 86.000 lượt khách` over `… trên địa bàn thành phố Huế đã phục
                        # vụ …` in 2024: the bare name a province shares with its city, which the lead names by its
                        # level word, is the city's
                        return said[0].provinces[0]
                if m.level == "province" and span is title and not self.text[span[0]:m.start].strip() and \
                        _COLON_THEN.match(self.text, m.end) is not None and \
                        len(districts := [x for x in marks[1:] if x.level == "district"]) == 1 and \
                        districts[0].name == m.name and len(marks) == 2 and not self._in_organisation_name(districts[0]) \
                        and _SITE_NAMED_BEFORE.search(self.text, max(span[0], districts[0].start - 40),
                                                      districts[0].start) is None \
                        and _BARE_PROVINCE.search(self.text, *span) is None:
                    # `Khánh Hòa: Hơn 2.000 hộ ở Cam Lâm thiếu nước`: a headline that opens with a province and its colon,
                    # as an agency tags its stories, then names one district of it, is about that district (not one that
                    # names a work or a site there, `Xuất khẩu dăm gỗ qua cảng Nghi Sơn`, `dự án Nhà máy điện khí LNG Hải
                    # Lăng`, `vùng Gò Công`, nor one that speaks of the province: `… 40% sản lượng đá của tỉnh`)
                    return districts[0].provinces[0]
                if m.level == "province" and span is not title and len(marks) > 1 and \
                        not self.text[span[0]:m.start].strip() and _TAG_DASH.match(self.text, m.end) and \
                        marks[1].level == "district" and marks[1].name == m.name and \
                        not self._in_organisation_name(marks[1]) and \
                        _sentence_of(self.sentences, marks[1].start)[0] <= m.start and \
                        _no_open_bracket(self.text, m.end, marks[1].start):
                    # `Hà Nội - Hơn 70% hộ dân ở làng sơn mài Hạ Thái, huyện Thường Tín làm nghề …`: a national paper's
                    # tag says which province the story is from; the district its first sentence names, what it is about
                    # (not a district an aside gives a site, `An Giang - Lượng khách về Khu du lịch quốc gia Núi Sam (TP
                    # Châu Đốc) tăng mạnh`: where the site is, in an article on the province's pilgrims)
                    return marks[1].provinces[0]
                if m.level == "district" and self._in_organisation_name(m) and \
                        any(x.level == "province" and x.name == m.name for x in marks):
                    # `Theo Cảng vụ Hàng hải Quy Nhơn, … của tỉnh Bình Định`: the district names the body
                    return m.name
                if m.level == "district" and len(marks) > 1 and marks[1].level == "district" and \
                        marks[1].name == m.name and marks[1].provinces[:1] != m.provinces[:1] and \
                        (_LIST_JOIN if span is title else _AND_JOIN).fullmatch(self.text, m.end, marks[1].start):
                    # `Kinh Môn, Chí Linh khẩn trương khôi phục vùng cá lồng sau bão` over a lead on `tỉnh Hải Dương`: a
                    # headline that names two districts side by side reports on both, so on the province they lie in (a
                    # district's mark is named by its province; ``provinces`` holds the district); so does a lead that
                    # names two as doing what it tells together (`nhiều hộ dân ở huyện Trần Đề và Cù Lao Dung thiếu nước`;
                    # not a sapo's list of where such things are, `các cơ sở … ở quận Ninh Kiều, quận Bình Thủy`)
                    return m.name
                if m.level == "district" and span is title and _RANKED.search(self.text, *title) and \
                        self.text[title[0]:m.start].rstrip().endswith(":") and \
                        any(x.level == "province" and x.name == m.name for x in self._marks_in(*opening)):
                    # `Bế mạc Đại hội Thể dục thể thao tỉnh lần thứ IX: TP Tam Kỳ dẫn đầu với 68 HCV` over a lead on the
                    # games of `tỉnh Quảng Nam`: a headline on the province's event, then the district it ranks first,
                    # is about the province (a district's mark is named by its province; a headline that opens with
                    # the district, `Đông Triều xếp thứ ba toàn đoàn tại …`, is about the district)
                    return m.name
                if self._said_with_others(m, span[0]):
                    # `9 tháng năm 2024, các huyện ven biển và huyện đảo Cồn Cỏ đã tổ chức 164 đợt …`: a district named
                    # last after a plural level and `và` is one of many, the province's (so is one after a site it is
                    # said with: `tại Vườn quốc gia Phong Nha - Kẻ Bàng và huyện Minh Hóa`)
                    return m.name
                if m.level == "district" and not provincial and span is not lead_span:
                    return m.provinces[0]   # the district itself: see _name
                if m.level == "district" and span is title and not self.text[title[0]:m.start].strip():
                    said = self._marks_in(*opening)
                    if _COLON_THEN.match(self.text, m.end) is not None and len(marks) == 1 and \
                            any(x.level == "district" and x.provinces[:1] == m.provinces[:1] for x in said) and \
                            all(x.level != "district" or x.provinces[:1] == m.provinces[:1] for x in said):
                        # `Quản Bạ: Vụ cỏ ngọt đầu năm cho thu hoạch gần 60 tấn lá khô` over `bà con xã Quyết Tiến, huyện
                        # Quản Bạ đang …` (or `Hợp tác xã … (xã Đức Thắng, huyện Hiệp Hòa)`): a headline tagged with a
                        # district and its colon, over an opening sentence that names that district and no other, is
                        # about the district, whatever it says of the province (`đứng thứ 2 toàn tỉnh`)
                        return m.provinces[0]
                    if said and said[0].level == "district" and said[0].provinces[:1] == m.provinces[:1] and \
                            not self.text[opening[0]:said[0].start].strip():
                        # `Đồng Văn phát triển du lịch cộng đồng …` over `Huyện Đồng Văn hiện có 12 làng …, trên tổng số 41
                        # làng … của toàn tỉnh`: a headline and a lead that both open with a district are about it, the
                        # province they name is where it stands
                        return m.provinces[0]
                return m.name
        if lead_span is None and not provincial and self.paragraphs:
            # no paragraph long enough to be a lead (a headline over a table): the place the headline names
            marks = self._marks_in(*self.paragraphs[0])
            if marks:
                return marks[0].provinces[0] if marks[0].level == "district" else marks[0].name
        if provincial:
            counts: dict[str, int] = {}
            for m in self._marks:
                if m.level != "national":
                    counts[m.name] = counts.get(m.name, 0) + 1
            if counts:
                return max(counts, key=counts.get)
        press = self._press_place()
        if press is not None:
            return press
        publisher = self._publisher_place
        if publisher is not None:
            return publisher
        if _NATIONAL_BANNER.match(self.text) is not None:
            # `BỘ TÀI CHÍNH` / `ỦY BAN CHỨNG KHOÁN NHÀ NƯỚC` over `Hà Nội, ngày 18 tháng 10 năm 2024`: a ministry's or a
            # national body's letter reports for the country; its dateline is where the body sits
            return _NATIONAL
        dateline = self._dateline_place()
        if dateline is not None and lead_span is not None and (provincial or _BARE_PROVINCE.search(self.text, *lead_span)):
            return dateline   # `Phú Thọ, ngày 8/9/2022` over a lead that speaks of `tỉnh`
        if provincial:
            whose = {m.province if m.level == "district" else m.name for m in self.provinces
                     if m.level in ("province", "district")}
            if len(self.provinces) >= 2 and len(whose) == 1 and None not in whose and not self._marks:
                # `… các khu công nghiệp của tỉnh` in an article that names its places only in the names of sites
                # and in addresses, all of one province (`KCN Quế Võ II`, `số 4 đường Lý Thái Tổ, TP Bắc Ninh`):
                # the province it speaks of is theirs
                return whose.pop()
            return None   # `UBND tỉnh …` and no name anywhere: no guess
        one = {m.name for m in self._marks}     # (a district's mark is named by its province)
        # (a work or site named after a place of that province, `vịnh Hạ Long` in an article that names `Quảng Ninh`
        # once, at its end, says the same; one named after a namesake elsewhere, `sông Phú Lộc` in Đà Nẵng, says
        # nothing)
        named_after = [m for m in self.provinces if m.start in self._products
                       and (m.province if m.level == "district" else m.name) in one]
        # (a paper's tag that opens a paragraph, `TP HCM - Xưởng nằm trong hẻm 42 …` under a lead that names no place,
        # says where the story is from: as good as a second mark)
        tagged = any(m.level == "province" and _TAG_DASH.match(self.text, m.end) is not None and
                     not self.text[self.text.rfind("\n", 0, m.start) + 1:m.start].strip() for m in self._marks)
        if len(one) == 1 and (len(self._marks) + len(named_after) >= _ONE_PROVINCE_MARKS or tagged) and \
                (any(m.level == "province" for m in self._marks) or next(iter(one)) in self.text or
                 # (or three districts of it, each its only province's: `TP Vinh và các huyện Diễn Châu, Quỳnh Lưu`)
                 len({m.provinces[0] for m in self._marks if m.level == "district"}) >= _PROVINCE_LIST) and \
                all(self._in_event_name(m.start()) for m in _COUNTRY_WIDE.finditer(self.text)):
            # `… đi qua huyện Vạn Ninh, thị xã Ninh Hòa và huyện Diên Khánh …, tỉnh Khánh Hòa đã bàn giao …`: an article
            # all of whose places lie in one province, and which never speaks of the whole country, is about that
            # province, whatever ministry it names; so is one that writes the province's name only inside a body's
            # (`Công ty CP Cấp thoát nước Bình Định … tại TP Quy Nhơn, thị xã An Nhơn và huyện Tuy Phước`)
            said = [m for m in self._marks if lead_span is not None and lead_span[0] <= m.start < lead_span[1]]
            rest = [m for m in self._marks if m not in said]
            if len(said) == 1 and said[0].level == "district" and _LEVEL_OF_MARK.match(said[0].text) is not None and \
                    not any(m.level == "province" for m in self._marks) and \
                    (title is None or not self._marks_in(*title)) and rest and self._lists_places(rest):
                # (but for the one district a lead names by its level word, the province's other districts only
                # listed later, where a paragraph speaks of the province: `quần đảo Cù Lao Chàm (xã Tân Hiệp, TP.Hội
                # An)` … `Toàn tỉnh hiện có trên 400 nhà yến, tập trung ở các huyện Núi Thành, Thăng Bình, Duy Xuyên`)
                return said[0].provinces[0]
            return one.pop()
        if len(one) == 1 and len(self._marks) == 1 and self._marks[0].level == "province" and \
                _PROVINCE_PREFIXED.match(self._marks[0].text) is not None and \
                (self._refers_back(0, len(self.text)) or _PROVINCE_DOES.search(self.text) is not None or
                 # (or names it in the lead, ending the name of the province's own body that takes part in what the
                 # lead reports: `Vườn quốc gia Bạch Mã phối hợp với Chi cục Kiểm lâm tỉnh Thừa Thiên Huế thả 23 cá thể`)
                 (lead_span is not None and lead_span[0] <= self._marks[0].start < lead_span[1] and
                  _PROVINCIAL_BODY_OF.search(self.text, max(0, self._marks[0].start - 40), self._marks[0].start)
                  is not None)) and \
                all(self._in_event_name(m.start()) for m in _COUNTRY_WIDE.finditer(self.text)):
            # `Hầm Đèo Ngang … là cửa ngõ phía Nam của tỉnh Hà Tĩnh. … phối hợp với Công an tỉnh …`: the one province an
            # article names, by its level word, is the province it speaks of as `tỉnh` (also where it names it only as
            # an order's issuer, `Quyết định số 1284/QĐ-UBND … của UBND tỉnh Đồng Tháp, năm 2024 tỉnh đã bố trí …`)
            return one.pop()
        district = {m.provinces[0] for m in self._marks if m.level == "district"}
        if lead_span is not None and len(district) == 1 and all(m.level == "district" for m in self._marks) and \
                _bare_name(next(iter(district))).search(self.text, title[0] if title else lead_span[0],
                                                        lead_span[1]) is not None:
            # `Gà đồi Hương Sơn vào chuỗi …` over a lead on `vùng miền núi Hương Sơn`, the district named by its level
            # word only later (`Phòng Nông nghiệp … huyện Hương Sơn`): the one district an article names, by its bare
            # name in the headline or lead, is what it is about
            return next(iter(district))
        if len(one) == 1 and not any(m.level == "national" for m in self._marks) and \
                self._refers_back(0, len(self.text)) and \
                all(len(_places.district_provinces(m.provinces[0], patterns=self.patterns)) == 1
                    for m in self._marks if m.level == "district") and \
                all(self._in_event_name(m.start()) for m in _COUNTRY_WIDE.finditer(self.text)):
            # `Toàn tỉnh có 3.450 hộ phải di dời` in an article whose only place is `huyện Tây Hòa`: the province it speaks
            # of is the one all its places lie in
            return self._era_name(next(iter(one)))
        topic = self._topic_placed()
        if topic is not None:
            return topic
        firm = self._firm_place(0, lead_span[1] if lead_span is not None else min(len(self.text), _LETTERHEAD_CHARS))
        if firm is not None and all(m.name == firm for m in self._marks if m.level != "national") and \
                not any(m.level == "national" for m in self._marks):
            # `Công ty Xổ số kiến thiết Bình Dương nộp ngân sách hơn 1.600 tỷ đồng`: a firm named after its province,
            # which the headline and lead report on, in an article that names no other place, reports the province's
            return firm
        signature = self._signature_place() if lead_span is None or not any(
            m.level == "national" for m in self._marks_in(*lead_span)) else None
        if signature is not None:
            # `Cổng TTĐT huyện Kbang` on the last line of an article whose lead names no place, nor the country: who
            # wrote it is where (a later `cả nước` compares)
            return signature
        # an article that compares provinces, or speaks of national bodies, reports on the country
        if any(m.level == "national" for m in self._marks) or \
                ("national_lead" in cues and cues["national_lead"].search(self.text, timeout=match_timeout(self.text))):
            return _NATIONAL
        if dateline is not None:
            # `Hải Phòng, ngày 05/11/2024` over a lead that names no place and speaks of no national body: the
            # article was filed where it happens, however many places it compares with
            return dateline
        if len({m.name for m in self._marks if m.level != "national"}) >= _MANY_PROVINCES:
            return _NATIONAL
        return None

    @functools.cached_property
    def _products(self) -> frozenset[int]:
        """The starts of the places that are part of a product's, a water work's or an event's name, or of a time zone's
        (locality.toml [product_of_place], [time_of_place], [work_of_place], [route_of_places], [park_of_place],
        [landmark_of_place], [event_of_place], [forest_of_place]), goods' origin ([origin_of_goods]), a distance's point
        of reference ([distance_from_place], [distance_from_centre]) or the ends of a stretch of provinces, found once
        for the marks and the subjects."""
        # (a work may be named after a city with its level word: `Sở Giao dịch Chứng khoán TP Hồ Chí Minh`; an event only
        # after a city or district, `Lễ hội Cà phê Buôn Ma Thuột`, `Festival Huế`: the event and what the article says of
        # it are the province's, and a province that names one, `Lễ hội Pháo hoa quốc tế Đà Nẵng`, is where it is held)
        return self._named_after(("product_of_place", "time_of_place"), 30) | \
            self._named_after(("work_of_place",), 30, levelled=True) | \
            self._named_after(("origin_of_goods",), 80, levelled=True) | \
            self._named_after(("distance_from_place",), 40, levelled=True) | \
            self._named_after(("distance_from_centre",), 40) | \
            self._named_after(("route_of_places",), 60, levelled=True) | \
            self._named_after(("park_of_place",), 60, districts=True) | \
            self._named_after(("landmark_of_place",), 30, districts=True, cities=False) | \
            self._named_after(("event_of_country",), 80, national=True) | \
            self._named_after(("event_of_place",), 80, districts=True) | self._stretch_ends | self._forests

    @functools.cached_property
    def _forests(self) -> frozenset[int]:
        """The starts of the districts a national park or a reserve is named after (locality.toml [forest_of_place]) in
        an article that names each of them nowhere else (`Vườn quốc gia Bù Gia Mập` on a province's rangers' site): the
        forest's name, no place of its figures."""
        named = self._named_after(("forest_of_place",), 30, districts=True)
        elsewhere = {m.name for m in self.provinces if m.start not in named}
        return frozenset(m.start for m in self.provinces if m.start in named and m.name not in elsewhere)

    @functools.cached_property
    def _origins(self) -> frozenset[int]:
        """The starts of the places people are said to come from (locality.toml [origin_of_people]), and of the places
        of the firms or traders they work for or sell to ([partner_of_place]): not where the figures are, and, unlike a
        product's place, no part of a name."""
        return self._named_after(("origin_of_people", "partner_of_place"), 100, levelled=True)

    @functools.cached_property
    def _stretch_ends(self) -> frozenset[int]:
        """The starts of two provinces that bound a stretch of the country (`6 tỉnh từ Quảng Trị đến Bình Định`): a figure
        over it is of none of them."""
        provinces = [m for m in self.provinces if m.level == "province"]
        out = set()
        for a, b in zip(provinces, provinces[1:]):
            if _STRETCH_FROM.search(self.text, max(0, a.start - 12), a.start) is not None and \
                    _STRETCH_TO.fullmatch(self.text, a.end, b.start) is not None:
                out.update((a.start, b.start))
        return frozenset(out)

    @functools.cached_property
    def _schools(self) -> frozenset[int]:
        """The starts of the districts that name a school (locality.toml [school_of_place]): where the school is, which
        still says what province the article is about, but no place its figures are of."""
        return self._named_after(("school_of_place",), 40, districts=True)

    @functools.cached_property
    def _schools_placed_aside(self) -> frozenset[int]:
        """The starts of the provinces a school is named after whose brackets then say where the school is (`Trường Tiểu
        học Điện Biên 1 (TP Thanh Hóa)`): the name of the school, not a place."""
        named = self._named_after(("school_of_place",), 40)
        return frozenset(m.start for m in self.provinces if m.start in named and m.level == "province" and
                         (aside := _NUMBERED_BRACKET.match(self.text, m.end)) is not None and
                         any(x.start == aside.end() for x in self.provinces))

    def _named_after(self, names: tuple[str, ...], reach: int, *, districts: bool = False,
                     levelled: bool = False, national: bool = False, cities: bool = True) -> frozenset[int]:
        """The starts of the places (``districts`` only, the country by its name only with ``national``, or any but
        the country) named without their level word (or, ``levelled``, with it) right after a match of one of the
        locality.toml entries ``names``, searched ``reach`` characters before them; without ``cities``, not a
        province's city (`Chợ đêm Đà Lạt` is the city's own market: what is said of it is Đà Lạt's)."""
        cues = [c for c in (_cues_found(self.patterns).get(name) for name in names) if c]
        if not cues:
            return frozenset()
        return frozenset(m.start for m in self.provinces
                         if (m.level == "district" if districts else
                             m.level == "national" and m.text == _NATIONAL if national else m.level != "national")
                         and (levelled or _places.without_level(m.text) == m.text.strip())
                         and (cities or m.level != "district" or not _places.provincial_city(m.text,
                                                                                            patterns=self.patterns))
                         and any(cue.search(self.text, max(0, m.start - reach), m.start) is not None for cue in cues))

    def _names_a_product(self, m: _places.PlaceMention) -> bool:
        """Whether the place ``m`` is part of a product's name (`phân urê Cà Mau`)."""
        return m.start in self._products

    def _in_organisation_name(self, m: _places.PlaceMention) -> bool:
        """Whether the place ``m`` ends an agency's or company's name (locality.toml [organisation_name])."""
        cue = _cues(self.patterns).get("organisation_name")
        return cue is not None and cue.search(self.text, max(0, m.start - 60), m.start) is not None

    def _dateline_place(self) -> str | None:
        """The province a dateline at the top names (`Phú Thọ, ngày 8/9/2022`), if one does."""
        self._marks   # (finds the datelines)
        for m in self._datelines:
            if m.level == "province":
                return m.name
        return None

    @functools.cached_property
    def _publisher_place(self) -> str | None:
        """The province of a provincial body that heads the article on a line of its own (`Sở Kế hoạch và Đầu tư
        tỉnh Đồng Tháp`, `UBND tỉnh Lào Cai`, `Cục Thống kê tỉnh Thái Bình`): its report is about that province; the
        district of a district's body or portal (`Cổng thông tin điện tử huyện Phong Điền`)."""
        first = _FIRST_LINE.match(self.text)
        if first is None:
            return None
        line = first.group(1)
        if line.isupper():
            line = _COLUMN_GAP.split(line.strip(), maxsplit=1)[0]   # (the body's column, not the national motto's)
            if (_COMMUNE_BANNER_LINE.match(self.text, first.end()) is not None and
                    _COMMUNE_BODY.fullmatch(line.strip())) or _COMMUNE_PORTAL.fullmatch(line.strip()):
                # `ỦY BAN NHÂN DÂN` over `XÃ TÂN ĐỨC`: a commune's own report is about the commune, and a commune
                # stands for its district (the superior it answers, `Công văn … của UBND huyện Phú Bình`), else for its
                # province when the report names no district; so is a commune's own portal (`CỔNG THÔNG TIN ĐIỆN TỬ XÃ
                # KỲ XUÂN` over `Huyện Kỳ Anh - Tỉnh Hà Tĩnh`)
                # (the district the banner itself names first, in capitals: `CỔNG THÔNG TIN ĐIỆN TỬ XÃ KIM CHUNG - HUYỆN
                # ĐÔNG ANH`, `XÃ PHÚ ĐIỀN - HUYỆN TÂN PHÚ - TỈNH ĐỒNG NAI`, whatever the text names after it)
                banner = [m for m in _places.find_places(_cased_banner(line), patterns=self.patterns)
                          if m.level in ("district", "province")]
                said = next((m for m in banner if m.level == "district"), None)
                if said is not None:
                    return said.name
                own = [m for m in self._marks if m.level in ("district", "province")] or banner
                district = next((m for m in own if m.level == "district"), None)
                if district is not None:
                    return district.provinces[0]
                return own[0].name if own else None
            place_line = _BANNER_PLACE_LINE.match(self.text, first.end())
            if place_line is not None:
                line = f"{line} {place_line.group(1)}"   # `ỦY BAN NHÂN DÂN` over `TỈNH HÀ TĨNH`: one body's name
            # `TRANG THÔNG TIN ĐIỆN TỬ HUYỆN NAM TRỰC - TỈNH NAM ĐỊNH`: a banner in capitals, read as it is spoken
            line = _cased_banner(line)
            found = [m for m in _places.find_places(line, patterns=self.patterns) if m.level in ("province", "district")]
            if not found and _DEPARTMENT_BANNER.match(line):
                # `SỞ GIAO THÔNG VẬN TẢI HẢI PHÒNG`: a provincial department's name ends in its province, with or
                # without `tỉnh` (`Sở Y tế Hà Nội`); in capitals no level word marks the name, so it is read at the end
                titled = line.strip().title()
                return next((m.name for m in _places.find_places(titled, patterns=self.patterns)
                             if m.level == "province" and m.end == len(titled)), None)
            lower = _SUBORDINATE_LINE.match(self.text, first.end()) if place_line is None else None
            if lower is not None and all(m.level == "province" for m in found):
                # `SỞ Y TẾ TỈNH NGHỆ AN` over `TRUNG TÂM Y TẾ HUYỆN QUỲNH LƯU`: a letterhead names the superior body
                # first and the body that writes under it; a district's body reports on its district
                own = [m for m in _places.find_places(_cased_banner(lower.group(1)), patterns=self.patterns)
                       if m.level == "district"]
                if own:
                    return own[-1].name
            if _PUBLISHER.match(line) is None and _MASS_BODY.match(line) is None:
                if not found or _PARTY_COMMITTEE.match(line) is None:
                    return None
                # `ĐẢNG BỘ TỈNH BẮC GIANG` over `HUYỆN ỦY LỤC NGẠN`: a party committee writes under its superior's
                # name, and its own, the last, is where it reports from
                found = found[-1:]
            if _PAPER_MASTHEAD.match(line):
                found = found[-1:]  # (a paper's own name may hold a place: `Báo Điện Biên Phủ - … tỉnh Điện Biên`)
            return found[0].name if found else None   # (a province as the letterhead spells it: see _in_era)
        span = first.span(1)
        if _PUBLISHER.match(line) is None:
            portal = _PORTAL_LINE.match(self.text, first.end()) or _BODY_UNDER_HEADLINE.match(self.text, first.end())
            if portal is None:
                return None
            span = portal.span(1)   # a headline over the line of the portal or the body that publishes it
        marks = [m for m in self._marks_in(*span) if m.level in ("province", "district")]
        if not marks:
            return None
        if _PAPER_MASTHEAD.match(line):
            # `Báo Điện Biên Phủ - Cơ quan của Đảng bộ … tỉnh Điện Biên`: a paper is named, its province said at the end
            return marks[-1].provinces[0] if marks[-1].level == "district" else marks[-1].name
        # (the body's own place comes first: `UBND huyện A, tỉnh B`; a district's own portal, `Cổng thông tin điện tử
        # huyện Phong Điền`: the district itself, see _name)
        return marks[0].provinces[0] if marks[0].level == "district" else marks[0].name

    def _lists_places(self, marks: list[_places.PlaceMention]) -> bool:
        """Whether the first of ``marks`` opens a list of three provinces or more (`Cà Mau, Sóc Trăng, Bạc Liêu và Kiên
        Giang`), joined by commas and `và` alone, or of three districts or more, each with its figure in brackets if
        any (`tập trung ở các địa phương: Điện Bàn (5 hợp tác xã), Duy Xuyên (4), Thăng Bình (4)`)."""
        n = 1
        for a, b in zip(marks, marks[1:]):
            if a.level != b.level or a.level not in ("province", "district") or \
                    (_LIST_JOIN if a.level == "province" else _LISTED_JOIN).fullmatch(self.text, a.end, b.start) is None:
                break
            n += 1
        return n >= _PROVINCE_LIST

    def _signature_place(self) -> str | None:
        """The place of the body or portal that signs the article on one of its last lines (`Cổng thông tin điện tử
        huyện Kbang`, `Nguồn: Phòng Nông nghiệp và PTNT huyện Kbang`): who wrote it, when nothing before says where it
        is about."""
        tail_start = max(0, len(self.text) - _SIGNATURE_REACH)
        for line in reversed(list(_LAST_LINES.finditer(self.text, tail_start))):
            body = _SIGNATURE.match(line.group(1))
            if body is None:
                continue
            a = line.start(1) + body.start(1)
            marks = [m for m in self._marks_in(a, line.end(1)) if m.level in ("province", "district")]
            if marks:
                return marks[0].provinces[0] if marks[0].level == "district" else marks[0].name
        return None

    @functools.cached_property
    def _letterhead(self) -> bool:
        """Whether the article is an official letter under its body's letterhead: a first line in capitals naming a
        body and its place (`UBND TỈNH THÁI BÌNH`), and the letter's number or kind on a line of the head (`Số:
        1275/BC-SCT`, `BÁO CÁO`). Its report is about that place, whatever national programme its lead names."""
        return self.text[:1].isupper() and _LETTER_KIND.search(self.text[:_LETTERHEAD_CHARS]) is not None and \
            self._publisher_place is not None

    def _press_place(self) -> str | None:
        """The province of a provincial paper whose own tag or name heads the article (`(QNO) -`,
        `BDK.VN -`, `Báo Gia Lai`, baothanhhoa.vn): places.toml `press`, else a site or paper name
        that spells the province."""
        top = self.text[:400]
        gaz = _places.gazetteer(patterns=self.patterns)
        if _any_press_tag(self.patterns).search(top) is not None:   # (most heads show none: one search, not one per tag)
            for name, entry in gaz.items():
                for tag in entry.press:
                    if _tag_rx(tag).search(top):
                        return self._era_name(name)
        # (a site or paper name that spells the province, `Báo Bình Định điện tử`, before a tag read from initials, which
        # several provinces' papers may share: `(BĐT) -` under it is Bình Định's, not Đồng Tháp's)
        # (every match holds one of these as it is written: a head with none has no site or paper name to read)
        tags = " ".join(_PRESS_NAME.findall(top)) if any(w in top for w in _PRESS_NAME_WORDS) else ""
        folded = _NOT_AZ.sub("", _ascii(tags.lower()))
        if folded:
            for name, spelt in _provinces_spelt(self.patterns):
                if spelt in folded:
                    return self._era_name(name)
        cue = _cues(self.patterns).get("press_tag")
        tag = cue.search(top) if cue is not None else None
        if tag is not None:
            # `(BTN) - Sáng 12/3, …`: a tag spelled from the province's initials, as provincial papers write theirs
            named = _initials_tags(self.patterns).get(tag.group("tag"), ())
            if len(named) == 1:
                return self._era_name(next(iter(named)))
        return None

    def _era_name(self, name: str) -> str:
        era = "post2025" if self.published and self.published[:4] >= "2025" else "pre2025"
        return _places.name_in_era(name, era, patterns=self.patterns)

    def _title_before(self, lead: int) -> tuple[int, int] | None:
        """The headline: the nearest line of four words or more before the lead that is not a
        dateline, a photo caption or (unless the article speaks of `tỉnh`) the name of the body that publishes it."""
        for s, e in reversed(self.paragraphs[max(0, lead - 3):lead]):
            line = self.text[s:e]
            if _DATE_IN_LINE.search(line) or len(line.split()) < 4 \
                    or self._is_caption(line) or _MASTHEAD.fullmatch(line):
                continue
            if _BODY_LINE.fullmatch(line.strip()) and not self._refers_back(0, self.paragraphs[lead][1]):
                # `Sở Công Thương tỉnh Long An` over a lead of the country's trade: who wrote, not what about (over a
                # lead that speaks of `tỉnh`, the province that `tỉnh` is)
                continue
            return s, e
        return None

    def _respectively(self, d: Draft, s: int, marks: list[_places.PlaceMention]) -> str | None:
        """`Hà Nội và TP.HCM lần lượt đạt 43,96 và 41,77 điểm`: the i-th figure after `lần lượt`
        takes the i-th place of the list before it."""
        # (the last before the figure: a sentence may hold two lists, `… lần lượt là Thanh Hóa (452 chợ), …; Bắc Kạn và Lai
        # Châu có ít chợ nhất, lần lượt 48 và 41 chợ`)
        first = self.text.rfind("lần lượt", s, d.number.start)   # (what the pattern cannot do without)
        if first < 0:
            return None
        m = _RESPECTIVELY.search(self.text[s:d.number.start], first - s)
        if not m:
            return None
        at = s + m.start()
        items = [x for x in marks if x.end <= at]
        # (a province in brackets after a district places that district, no item of its own: `Các huyện đảo Lý Sơn (Quảng
        # Ngãi), Côn Đảo (Bà Rịa - Vũng Tàu), Cô Tô (Quảng Ninh) lần lượt đón …`)
        items = [x for i, x in enumerate(items) if not (
            i > 0 and x.level == "province" and items[i - 1].level == "district" and items[i - 1].name == x.name and
            _PLACING_BRACKET.fullmatch(self.text, items[i - 1].end, x.start) is not None)]
        if len(items) > 2 and items[-1].level == "province" and \
                any(x.level == "district" and x.name == items[-1].name for x in items[:-1]):
            items.pop()     # `Các huyện A, B và C có tỷ lệ … cao nhất tỉnh Hà Giang, lần lượt …`: the scope, not an item
        if len(items) < 2:
            return self._respectively_after(d, at, marks)
        chain = [items[-1]]
        for x in reversed(items[:-1]):
            if not _AND_GAP.fullmatch(self.text[x.end:chain[0].start]) and \
                    not _BRACKETED_ITEMS_GAP.fullmatch(self.text, x.end, chain[0].start) and \
                    not _PLACED_ITEMS_GAP.fullmatch(self.text, x.end, chain[0].start) and \
                    not _LEVELLED_ITEMS_GAP.fullmatch(self.text, x.end, chain[0].start):
                break
            chain.insert(0, x)
        counted_end = _COUNTED_LIST_END.fullmatch(self.text, chain[-1].end, at)
        if counted_end is not None and self._count_of(counted_end) != len(chain):
            counted_end = None
        if len(chain) < 2 or not (_WORDS_ONLY.fullmatch(self.text[chain[-1].end:at]) or counted_end is not None or
                                  _WORDS_AND_TIME.fullmatch(self.text, chain[-1].end, at) or
                                  _WORDS_THEN_WITH.fullmatch(self.text, chain[-1].end, at) or
                                  _BRACKETED_LIST_END.fullmatch(self.text, chain[-1].end, at) or
                                  _PLACED_LIST_END.fullmatch(self.text, chain[-1].end, at)):
            return self._respectively_after(d, at, marks)
        k = len(_NUMBER_TOKEN.findall(self.text[at:d.number.start]))
        counted = _COUNT_OF_THE_ITEMS.match(self.text, s + m.end())
        if counted is not None and self._count_of(counted) == len(chain):
            # `Thanh Hóa, Nghệ An và Hà Nội lần lượt là 3 địa phương … với 68.420, 59.730 và 55.118 hồ sơ`: the count of
            # the places listed is none of theirs, and no item of the list the numbers after it pair with them
            if counted.start("n") <= d.number.start < counted.end("n"):
                return None
            k -= 1
        if len(chain) <= k < 2 * len(chain) and _SECOND_LIST.search(self.text, at, d.number.start) is not None:
            # `Bắc Ninh, Hà Nam và Đà Nẵng lần lượt xếp thứ 1, 2 và 3 toàn quốc với 96,8%, 95,1% và 94,7%`: a second list
            # said with `với` after the first is in the same order
            k -= len(chain)
        return self._name(chain[k], own=True) if k < len(chain) else None

    def _count_of(self, said: regex.Match[str]) -> float | None:
        """The value of the small count (digits or words) a match of :data:`_SMALL_COUNT` holds in its group ``n``."""
        n = said.group("n")
        return parse_digits(n) if n[0].isdigit() else parse_words(n, self.patterns)

    def _respectively_then_places(self, d: Draft, e: int, marks: list[_places.PlaceMention]) -> str | None:
        """`Xếp thứ 2 và 3 lần lượt là đoàn thị xã Bỉm Sơn và đoàn huyện Hoằng Hóa`: a list of figures, then `lần
        lượt là` and as many places: the i-th figure is the i-th place's."""
        cue = _FIGURES_THEN_CUE.match(self.text, d.end, e)
        if cue is None:
            return None
        listed = _LIST_BEFORE.search(self.text, max(0, d.number.start - 80), d.number.start)
        k = len(_NUMBER_TOKEN.findall(listed.group())) if listed else 0
        n = k + 1 + len(_NUMBER_TOKEN.findall(self.text, d.end, cue.start("cue")))
        chain: list[_places.PlaceMention] = []
        at = cue.end()
        for x in marks:
            if x.start < at:
                continue
            if (_PLACE_NEXT_GAP if chain else _PLACE_ITEM_GAP).fullmatch(self.text, at, x.start) is None:
                break
            chain.append(x)
            at = x.end
        if len(chain) != n or n < 2:
            return None
        return self._name(chain[k], own=True)

    def _respectively_after(self, d: Draft, at: int, marks: list[_places.PlaceMention]) -> str | None:
        """`lần lượt là Krông Pa, Ia Pa và Chư Sê với 12.000 con, 9.500 con và 7.200 con`: the places right after the
        cue, then `với` and the figures, paired in order."""
        chain: list[_places.PlaceMention] = []
        for x in marks:
            if x.start < at or x.end > d.number.start:
                continue
            if not chain and _WORDS_ONLY.fullmatch(self.text[at:x.start]) is None:
                return None
            if chain and not _AND_GAP.fullmatch(self.text[chain[-1].end:x.start]):
                break
            chain.append(x)
        if len(chain) < 2:
            return None
        joint = _PLACES_THEN_FIGURES.match(self.text, chain[-1].end)
        if joint is None:
            return None
        k = len(_NUMBER_TOKEN.findall(self.text[joint.end():d.number.start]))
        return self._name(chain[k], own=True) if k < len(chain) else None

    def _placing_marks(self, s: int, e: int) -> list[_places.PlaceMention]:
        """The marks of the sentence ``[s, e)`` that may place its figures (worked out once for the sentence: its
        figures share them)."""
        found = self._placing.get((s, e))
        if found is None:
            marks = self._marks_in(s, e)
            if self._schools:
                marks = [m for m in marks if m.start not in self._schools]
            # (the city an agreement was signed or an event held in, `Hiệp định vay được ký kết tại Hà Nội`, `Ngày 15/3,
            # tại Hà Nội, Bộ Tài chính và JICA đã ký kết …`, is where it happened, not what the sentence's figures are of)
            found = self._placing[(s, e)] = [m for m in marks if not (m.level == "province" and (
                _VENUE_OF_EVENT.search(self.text, max(s, m.start - 70), m.start) or
                (_VENUE_BEFORE.search(self.text, max(s, m.start - 16), m.start) and
                 _VENUE_AFTER.match(self.text, m.end)))) and not self._seat_of_provincial_body(m, marks, s)
                # (nor the seat a firm's street address in brackets gives, `Công ty CP Thiết bị y tế Tâm An (số 125 Nguyễn
                # Huệ, TP Quy Nhơn) trao tặng 150 máy đo huyết áp … cho các hộ`: where it sits, not where it acts)
                and not _SEAT_IN_BRACKET.search(self.text, max(s, m.start - 160), m.start)
                # (nor a person's home province, `Chị Lê Thị Hoa (38 tuổi, quê Thanh Hóa)`: where she comes from)
                and not _HOMETOWN_BEFORE.search(self.text, max(s, m.start - 16), m.start)
                # (nor the market a thing goes to, `tiêu thụ ở Hà Nội, Thanh Hóa`, `giao 15 tấn ổi cho siêu thị ở TP Cần
                # Thơ`: where it is sold, not where it is made; nor a place listed after such a market)
                and not self._market_of(m, marks, s)
                # (nor a place a distance is measured from, `chìm cách đảo Lý Sơn khoảng 70 hải lý`)
                and not self._distance_from(m, s) and not self._crossing_end(m) and not self._venue_of_provincial_event(m)
                # (nor a place's name alone in quotes, a brand or a geographical indication: `chỉ dẫn địa lý "Phú Quốc"`)
                and not (self.text[max(0, m.start - 1):m.start] in ('"', "“") and
                         self.text[m.end:m.end + 1] in ('"', "”"))]
        return found

    def _market_of(self, m: _places.PlaceMention, marks: list[_places.PlaceMention], s: int) -> bool:
        """Whether ``m`` is where a thing is sold or sent (:data:`_MARKET_BEFORE`), or a place listed right after one
        (`tiêu thụ ở Hà Nội, Thanh Hóa`), or where the buyers it is sold to (:data:`_SOLD_TO_BEFORE`) or a partner dealt
        with (:data:`_PARTNER_AT_BEFORE`) stand."""
        if _ROUTE_END_BEFORE.search(self.text, max(s, m.start - 60), m.start) is not None or \
                self._partner_at(m, s) or (self.text.find("cho", max(s, m.start - 120), m.start) >= 0 and
                                           _SOLD_TO_BEFORE.search(self.text, max(s, m.start - 120), m.start) is not None):
            return True
        if _MARKET_BEFORE.search(self.text, max(s, m.start - 60), m.start) is not None:
            clause = max(s, self.text.rfind(",", s, m.start) + 1, self.text.rfind(";", s, m.start) + 1)
            return _PRICE_AROUND.search(self.text, clause, min(_sentence_of(self.sentences, m.start)[1], m.end + 40)) \
                is None
        prev = next((x for x in reversed(marks) if x.end <= m.start), None)
        return prev is not None and _LIST_JOIN.fullmatch(self.text, prev.end, m.start) is not None and \
            _MARKET_BEFORE.search(self.text, max(s, prev.start - 60), prev.start) is not None

    def _partner_at(self, m: _places.PlaceMention, floor: int) -> bool:
        """Whether ``m`` is where a partner dealt with stands (:data:`_PARTNER_AT_BEFORE`), not before ``floor``."""
        lo = max(floor, m.start - 160)
        return self.text.find("với", lo, m.start) >= 0 and _PARTNER_AT_BEFORE.search(self.text, lo, m.start) is not None

    def _seat_of_provincial_body(self, m: _places.PlaceMention, marks: list[_places.PlaceMention], s: int) -> bool:
        """Whether ``m`` is the district of the street address in brackets after a body named by its province
        (`Trung tâm Dịch vụ việc làm Hà Nội (số 215 Trung Kính, quận Cầu Giấy)`): where the body sits, not what its
        figures are of (a venue's address, `Rạp Tháng Tám (số 2 Trần Hưng Đạo, quận Hồng Bàng)`, does place it)."""
        if m.level != "district" or _STREET_ADDRESS.search(self.text, max(s, m.start - 80), m.start) is None:
            return False
        opened = self.text.rfind("(", s, m.start)
        return opened > 0 and any(x.level == "province" and not self.text[x.end:opened].strip() for x in marks)

    def _world_is_topic(self, s: int, e: int, end: int) -> bool:
        """Whether the sentence ``s``..``e`` names the world as what it speaks of before ``end`` (:data:`_WORLD_TOPIC`),
        and not the home country."""
        if self.text.find("giới", s, end) < 0 and self.text.find("cầu", s, end) < 0:
            return False
        if _HOME_COUNTRY.search(self.text, s, e) is not None:
            return False    # (`Ngân hàng Thế giới ước tính Việt Nam có thể bán khoảng 57 triệu tín chỉ carbon`)
        for m in _WORLD_TOPIC.finditer(self.text, s, end):
            # (`Ngân hàng Thế giới`, `Công viên địa chất toàn cầu UNESCO Cao nguyên đá Đồng Văn`: a body's or a site's
            # name)
            named = (m.start("topic") < m.end("topic") and self.text[m.end("topic")].isupper()) or \
                _SITE_NAME_AFTER.match(self.text, m.end()) is not None
            if not named and _NOT_WORLD_TOPIC.search(self.text, m.start("topic"), m.end("topic")) is None:
                return True
        return False

    def location(self, d: Draft) -> str | None:
        cues = _cues(self.patterns)
        s, e = _sentence_of(self.sentences, d.start)
        if "national_yardstick" in cues and self._is_yardstick_value(d, s, cues["national_yardstick"]):
            return _NATIONAL
        marks = self._marks_in(s, e)
        if d.kind == "percent" or d.kind == "money" and "/" in d.unit:
            clause = own = max(s, self.text.rfind(";", s, d.number.start) + 1)
            if clause > s and (not self.text[clause:d.number.start].strip(" \t-–+•") or
                               _ITEM_THEN_AND.fullmatch(self.text, clause, d.number.start)) and \
                    not any(s <= m.start < d.number.start for m in marks):
                # (`… giá thành phẩm xăng dầu thế giới … là 95,8 USD/thùng xăng RON92; 98,7 USD/thùng xăng RON95; …`: a
                # `;` item that is only its figure goes on with the sentence's first clause)
                clause = s
            world = _WORLD_PRICE.search(self.text, clause, d.number.start) \
                if _may_name_world_price(self.text, clause, d.number.start) else None
            if world is not None and not any(clause <= m.start < d.number.start for m in marks) and \
                    not _HOME_MARKET.search(self.text, own, d.number.start):
                # `giá vàng thế giới giao ngay ở mức 2.712 USD/ounce`: a world price is of no place
                return None
        if d.kind != "rank" and not marks and (self.text.find("cầu", s, e) >= 0 or self.text.find("giới", s, e) >= 0) and \
                _WORLD_WIDE.search(self.text, s, e) is not None:
            # `Theo Tổ chức Y tế Thế giới, mỗi năm bệnh dại làm khoảng 59.000 người tử vong trên toàn cầu`: a figure
            # of the whole world is of no place
            return None
        if d.kind != "rank" and not marks and self._world_is_topic(s, e, d.number.start):
            # `Quy mô thị trường Halal toàn cầu ước khoảng 7.700 tỷ USD`, `Thế giới hiện có gần 2 tỷ người Hồi giáo`:
            # what the sentence speaks of is the world's
            return None
        marks = self._placing_marks(s, e)
        paired = self._respectively(d, s, marks)
        if paired is None:
            paired = self._respectively_then_places(d, e, marks)
        if paired is not None:
            return paired
        # (a place named to compare with, `thấp hơn Hải Phòng (tăng 9,1%); tổng nguồn vốn …`, is only its own
        # bracket's or clause's)
        before = [m for m in marks if m.end <= d.number.start and
                  (not self._compared(m) or (_OWN_BRACKET.fullmatch(self.text, m.end, d.number.start) is not None and
                                             _NEIGHBOUR_BEFORE.search(self.text, max(s, m.start - 30), m.start) is None)
                   or self._in_own_relative(m, d) or self._example_with_figure(m, d))]
        if before and ";" in self.text[before[-1].end:d.number.start] and \
                _SPREAD_OVER_BEFORE.search(self.text, max(s, before[-1].start - 120), before[-1].start) is not None:
            # `cả nước hiện có khoảng 150.000 lồng nuôi tôm hùm, tập trung ở Phú Yên, Khánh Hòa, Ninh Thuận và Bình Định;
            # sản lượng năm 2024 ước hơn 3.000 tấn`: where the things of a clause are spread is no place of the next
            before = [m for m in before if ";" not in self.text[m.end:d.number.start] or _SPREAD_OVER_BEFORE.search(
                self.text, max(s, m.start - 120), m.start) is None]
        if len(before) >= 2 and all(m.level == "province" for m in before) and \
                all(_AND_GAP.fullmatch(self.text, a.end, b.start) for a, b in zip(before, before[1:])) and \
                ((_SHARE_OF_THE_LISTED.fullmatch(self.text, before[-1].end, d.number.start) is not None and
                  _PROVINCES_COUNTED_LEAD.search(self.text, max(s, before[0].start - 160), before[0].start) is not None) or
                 _COUNT_SPREAD_OVER.search(self.text, max(s, before[0].start - 80), before[0].start) is not None):
            # `Ba địa phương có kim ngạch xuất khẩu gốm sứ lớn nhất cả nước là Bình Dương, Đồng Nai và Vĩnh Long, chiếm
            # hơn 60% tổng kim ngạch`: what the provinces a count lists hold together is of no one of them (FIGURES.md
            # §2: a province named in a list that follows a count of provinces makes no figure provincial); so is what
            # is found at things counted over several provinces (`Khảo sát … tại 6 làng nghề đá ở Thanh Hóa, Ninh Bình, Đà
            # Nẵng cho thấy nồng độ bụi … vượt từ 3 đến 12 lần`)
            return _NATIONAL
        if before and _SENT_AWAY_BEFORE.search(self.text, max(s, before[-1].start - 80), before[-1].start) is not None:
            # `nhiều hộ phải di chuyển đàn ong sang Đắk Nông, Lâm Đồng, chi phí vận chuyển tăng thêm 150.000 đồng/đàn`:
            # where things are sent away to is not where the figure holds
            before = [m for m in before if _SENT_AWAY_BEFORE.search(self.text, max(s, m.start - 80), m.start) is None]
        # (`Theo Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn, … có khoảng 1.350 xe hàng … qua các cửa khẩu của
        # huyện`: a province named only in whose report it is does not place what the sentence says of `the district`)
        if self._source_provinces:
            before = [m for m in before if not self._in_opening_source(m)]
        if before and before[0].level == "province" and before[0].name == self._district_article_province and \
                _TAG_DASH.match(self.text, before[0].end) and \
                not self.text[self.text.rfind("\n", 0, before[0].start) + 1:before[0].start].strip():
            # (`Hà Nội - Hơn 70% hộ dân ở làng sơn mài Hạ Thái, huyện Thường Tín …`: the paper's tag of the province
            # whose district the article is about places nothing)
            before = before[1:]
        if before and self._district_article_province is not None:
            # (`Phòng Cảnh sát PCCC và CNCH Công an tỉnh Đồng Nai đã kiểm tra 145 cơ sở` in an article on huyện Nhơn
            # Trạch: the province in a body's name says whose body it is, not where its work was; the article's
            # district, when the sentence says nothing of the whole province)
            before = [m for m in before if not (self._provincial_body(m, s) and not self._refers_back(s, e))]
        if before and any(m.level == "national" for m in before):
            # (`Là một trong 4 khu neo đậu … của cả nước, khu neo đậu Sông Đốc được đầu tư hơn 780 tỷ đồng`: the country a
            # thing is one of so many of places no figure after that clause)
            before = [m for m in before if not (
                m.level == "national" and self.text.find(",", m.end, d.number.start) >= 0 and
                _ONE_OF_COUNTRY.search(self.text, max(s, m.start - 100), m.start) is not None)]
        if before:
            semi = self.text.rfind(";", before[-1].end, d.number.start)
            opening = max(s, self.text.rfind(";", s, before[-1].start) + 1)
            if semi >= 0 and opening > s and not _PLACE_CLAUSE_ITEM.match(self.text, opening):
                # `Phấn đấu năm 2025 có thêm 10 xã …; huyện Tam Bình đạt chuẩn …; thu nhập bình quân đạt 68 triệu đồng`: a
                # place that a `;` clause in the middle of its sentence names is that clause's only
                before = [m for m in before if m.end <= opening]
            elif semi >= 0 and _NAMED_CLAUSE.match(self.text, semi + 1) is not None \
                    and _DIGIT.search(self.text, before[-1].end, semi) is not None \
                    and self.text.find(",", before[-1].end, semi) < 0:
                # `thành phố Sầm Sơn đón 86.400 lượt khách; Khu di tích … Lam Kinh đón 42.700 lượt`: a place whose
                # clause has its figure is not the place of a next `;` clause that names what it speaks of
                before = [m for m in before if m.end <= opening]
        # (not a place said after the figure with a bracketed figure of its own: `23 vụ …, tập trung ở Anh Sơn (9 vụ)`
        # spreads the figure over places, none of which is its own)
        after = [m for m in marks if m.start >= d.end and not self._compared(m)
                 and _WITH_OWN_FIGURE.match(self.text, m.end) is None and not self._provincial_body(m, s)]
        counted = next((m for m in marks if m.start < d.end < m.end and m.level == "district"), None)
        if counted is not None and d.value >= 2 and after and \
                _AND_GAP.fullmatch(self.text, counted.end, after[0].start) is not None:
            # `tổ chức diễn tập cho 2 huyện Cao Lộc và Văn Lãng`: districts counted and named are their province's
            return self._name(counted)
        if after and _IS_GAP.fullmatch(self.text[d.end:after[0].start]):
            return self._name(after[0], own=True)   # `Đứng thứ hai là Khánh Hòa`
        if after and before and _AT_GAP.fullmatch(self.text, d.end, after[0].start) and \
                not (len(after) > 1 and _AND_GAP.fullmatch(self.text, after[0].end, after[1].start)):
            # `gồm 3.200 ha tại huyện Ba Tri và 2.650 ha tại huyện Thạnh Phú`: the place said right after a figure, with
            # `tại`, is its own (the one before is the item's before it)
            return self._name(after[0], own=True)
        sentence_self_ref = self._refers_back(s, e) and self._refers_back_beyond_sets(s, e)
        p_start, p_end = _sentence_of(self.paragraphs, d.start)
        para_self_ref = sentence_self_ref or (self._refers_back(p_start, p_end) and
                                              self._refers_back_beyond_sets(p_start, p_end))
        if not para_self_ref and "ministry" in cues and not self._letterhead:
            # (not in a provincial body's letter: `dư nợ vay lại vốn vay ODA của Chính phủ 1.103,2 tỷ đồng` is the
            # province's debt, owed to the Government)
            # a ministry's or the Government's own figure (`Bộ Công Thương dẫn đầu với 83,48%`),
            # not one it is the source of (`theo số liệu của Bộ …`)
            body = self._last_ministry(s, e, d.number.start)
            # (only in the figure's own `;` clause, and not after a province the sentence is about: `Để xóa nhà tạm ở
            # tỉnh Hà Giang, …; Bộ Quốc phòng hỗ trợ 12 tỷ đồng` funds the province's programme)
            if body is not None and not any(m.start > body for m in before) \
                    and self.text.find(";", body, d.number.start) < 0 \
                    and not any(m.level != "national" for m in before) \
                    and not _SOURCE_BEFORE.search(self.text[s:body]) \
                    and not _DOCUMENT_OF.search(self.text, max(s, body - 90), body) \
                    and not _PARTNER_BODY_BEFORE.search(self.text, max(s, body - 100), body) \
                    and not (self.main_place not in (None, _NATIONAL) and
                             _ASSIGNS.match(self.text, body, d.number.start) is not None):
                # (not the body that issued a document the sentence applies: `thực hiện Nghị định số 31/2023/NĐ-CP …
                # của Chính phủ …, phấn đấu kiểm tra ít nhất 500 lượt cơ sở` is the province's plan)
                # (nor, in an article about a province, the body that assigns it a target: `Tổng cục Thuế giao chỉ tiêu
                # tổng số tiền thuế nợ … không quá 8%` is the province's debt)
                return _NATIONAL
        if "national_count" in cues and cues["national_count"].match(d.unit or "") and not sentence_self_ref and \
                d.value <= _MOST_BODIES and not _SET_OF_THINGS.match(self.text, d.end) and not (
                    d.unit.lower() == "bộ" and _SETS_NAMED.search(self.text, p_start, d.start) is not None) and not (
                    d.unit.lower().startswith("địa phương") and (
                        _LOCAL_LEVEL.search(self.text, s, e) is not None or
                        any(m.level == "district" and d.end <= m.start < e for m in self._placing_marks(s, e)) or
                        # (or the place a headline opens with, then its colon: `Quảng Nam: 3 địa phương đăng ký …`)
                        any(m.level != "national" and not self.text[s:m.start].strip() and
                            _COLON_THEN.fullmatch(self.text, m.end, d.number.start) is not None
                            for m in self._placing_marks(s, d.start)))):
            # (`Ở khối UBND cấp huyện, chỉ số trung bình của 9 địa phương …`: places of a province's district level; so
            # are the ones the sentence names as districts: `158 vụ xảy ra tại 4 địa phương: thành phố Hạ Long (71 vụ),
            # Cẩm Phả (39 vụ), …`)
            return _NATIONAL   # `có 12 địa phương đạt …`, `63/63 tỉnh`, `nhóm 17 bộ, ngành`
        if _UNITS_OF_A_PLACE.fullmatch(d.unit or "") and _OWNER_RIGHT_AFTER.match(self.text, d.end) is not None:
            # `Mèo Vạc là một trong 6 huyện của tỉnh Hà Giang`: units counted as parts of the place that owns them (a
            # field of a rank, too)
            owner = next((m for m in marks if m.start >= d.end), None)
            if owner is not None and owner.level != "national" and \
                    _OWNER_RIGHT_AFTER.fullmatch(self.text, d.end, owner.start) is not None:
                return self._name(owner, own=True)
        if before and after and after[0].level != "national" and \
                _OWNER_AFTER.fullmatch(self.text, d.end, after[0].start) is not None and \
                not (len(after) > 1 and _AND_GAP.fullmatch(self.text, after[0].end, after[1].start)) and \
                (not self._in_own_clause(before[-1], d) or (
                    before[-1].level == "province" and after[0].level == "district" and
                    after[0].name == before[-1].name)):
            # (a district of the province the clause named before, `Viettel Nghệ An đã lắp đặt 38 trạm 5G tại TP Vinh`:
            # the narrower place)
            # `bãi rác Đèo Sen (TP Hạ Long) dừng tiếp nhận; toàn bộ khoảng 450 tấn rác/ngày của TP Hạ Long …`: the place
            # the figure's own words give it (`của`, `tại`) beats one of an earlier clause
            return self._name(after[0], own=True)
        if before and d.whole is not None and s <= d.whole.start and before[-1].end <= d.whole.start and \
                before[-1].level == "district" and _LEVEL_OF_MARK.match(before[-1].text) is not None and \
                _no_open_bracket(self.text, s, before[-1].start) and \
                all(m.name == before[-1].name for m in before if m.level == "district"):
            # `nông dân huyện Vĩnh Tường đang thu hoạch khoảng 650 ha rau vụ đông, trong đó có hơn 200 ha bắp cải`: a
            # part after its whole in the same sentence, no place named between them, is where its whole is (when the
            # sentence names one district, by its level and not in brackets: not a port or a plant named after a town,
            # nor one place of a list that brackets give theirs)
            key = id(d.whole)
            if key not in self._located:
                self._located[key] = self.location(d.whole)
            return self._located[key]
        if before:
            last = before[-1]
            if last.level == "district" and _ONE_OF_BEFORE.search(self.text, max(s, d.number.start - 20),
                                                                  d.number.start) is not None and \
                    _OF_THE_PROVINCE_AFTER.match(self.text, d.end) is not None:
                # `Làng chiếu cói Bàn Thạch (xã Duy Vinh, huyện Duy Xuyên) là một trong 3 làng nghề … của tỉnh`: the
                # set a place is one of is the province's
                return last.name
            if self._said_with_others(last, s):
                # (`các huyện ven biển và huyện đảo Cồn Cỏ đã tổ chức 164 đợt`: what the units of a level and one named
                # after them did together is the province's; so is what a site and a district named with it did, `tại
                # Vườn quốc gia Phong Nha - Kẻ Bàng và huyện Minh Hóa ước đón 41.870 lượt khách`)
                return last.name
            if len(before) > 1 and self._placed_in_province(before[-2], last):
                # `Tại huyện Mộc Châu, tỉnh Sơn La, có …`, `xã Tân Lập (huyện Mộc Châu), tỉnh Sơn La`: the district,
                # its province said after it only to place it (a district named by its level: `chợ đầu mối Hóc Môn
                # (TP Hồ Chí Minh)` is a market's name)
                return self._name(before[-2], own=True)
            # `Hà Nội và TP Hồ Chí Minh … chỉ đạt dưới 10%`: the list's first place
            first = last
            for x in reversed(before[:-1]):
                if x.level == last.level and _AND_GAP.fullmatch(self.text[x.end:first.start]):
                    first = x
                else:
                    break
            if first is not last and first.level == "district" and last.level == "district" and (
                    _PLURAL_LEVEL.search(self.text, max(0, first.start - 12), first.start) is not None or
                    _LEVEL_OF_MARK.match(last.text) is not None):
                # (or districts each said with its level: `2 cơ sở giết mổ tại huyện Bình Sơn và huyện Mộ Đức với tổng
                # kinh phí khoảng 45 tỷ đồng`)
                # `tại 36 trường học thuộc các huyện Quỳnh Phụ, Hưng Hà, Tiền Hải với khoảng 24.000 lượt học sinh`: a
                # figure spread over the districts listed is none of theirs alone, their province's
                return first.name
            # (`thị xã Quế Võ 2.150 bộ, các huyện còn lại 2.800 bộ`: the rest of the units, after the district named
            # last, are no one district: the province)
            # (a district said as where the sentence happens, `Riêng làng lụa Mã Châu (thị trấn Nam Phước, huyện Duy
            # Xuyên) hiện còn 28 hộ dệt`, is the place of its figures too)
            # (unless the sentence speaks of the whole province: `Ở huyện Phù Yên, …; toàn tỉnh có 3.200 hộ nghèo`)
            return self._name(first, own=(self._in_own_clause(last, d) or self._clause_refers_to(last, d, s) or (
                self._opens_as_where(last, s) and not self._refers_back(s, e)) or
                # (a district that places the person the sentence opens with: `Chị Hồ Thị L. ở xóm 5, xã Nghi Phong
                # (huyện Nghi Lộc) cho biết, … gia đình phải vay ngoài 30 triệu đồng`)
                _PERSON_LIVES_OPENING.match(self.text, s, last.start) is not None or
                # (or the firm it places: `Đáng chú ý, Công ty TNHH … ở xã An Hồng, huyện An Dương bị phát hiện thu mua
                # …, tự phá dỡ để lấy chì bán với giá 28.000 đồng/kg`)
                _BODY_SITED_OPENING.match(self.text, s, last.start) is not None or
                _SITE_SITED_OPENING.match(self.text, s, last.start) is not None or
                # (or whose body the sentence opens with as its source: `Theo UBND huyện Con Cuông, …; 2 tháng đầu năm
                # 2024, huyện thu hút thêm 3 cơ sở`)
                (self._district_reports(last, s) and not self._refers_back(s, e)) or
                # (or what it opens with, placed in a district by its level word: `Công viên phần mềm Sông Hàn 2 tại quận
                # Hải Châu đã thu hút 38 doanh nghiệp …, lấp đầy 87% diện tích sàn`)
                # (in the figure's own `;` clause, the district no list's first: `… ở quận Cầu Giấy, Nam Từ Liêm`)
                (_PLACED_SUBJECT_OPENING.fullmatch(self.text, s, last.start) is not None and
                 _LEVEL_OF_MARK.match(last.text) is not None and not self._refers_back(s, e) and
                 self.text.find(";", last.end, d.number.start) < 0 and
                 _NAME_AFTER_COMMA.match(self.text, last.end) is None)) and
                              _OTHER_UNITS.search(self.text, max(last.end, d.number.start - _OTHER_UNITS_REACH),
                                                  d.number.start) is None)
        speaker = self._speaker_place(d, s)
        if speaker is not None:
            return self._name(speaker, own=True)
        district = self._commune_district(s, d.number.start)
        if district is not None:
            # `… các xã Long Điền Đông, Điền Hải (huyện Đông Hải). … Chị Hồng, ấp Gò Cát, xã Điền Hải cho biết, gia đình
            # làm 3 công muối`: a commune the text placed in its district before is in that district
            return self._name(district, own=True)
        if "back_reference" in cues and self._sentence_has("back_reference", s, e):
            # `tỉnh này`: the province named last (or, in a lead that names it later, next)
            earlier = self._province_before(s) or self._province_after(e)
            if earlier is not None:
                return self._name(earlier)
        # a place right after the figure in its clause (`đạt 99% tại Đà Lạt`)
        # (not the first of a list of places, `thành lập 3 khu công nghiệp tại các huyện Đức Hòa, Cần Giuộc và Bến
        # Lức`: a figure spread over them is none of theirs alone)
        # (the list's other places counted whatever role they were read in: `liên kết với … 320 hộ chăn nuôi tại các
        # huyện Như Thanh, Thọ Xuân, Yên Định`)
        # (nor the last of places said by their level and then named, `lắp thêm 60 điểm wifi tại các xã ven biển và huyện
        # đảo Cồn Cỏ`: the figure is spread over them all)
        listed = next((m for m in marks if m.start >= after[0].end), None) if after else None
        if after and not _CLAUSE_BREAK.search(self.text, d.end, self._before_commune(d.end, after[0].start)) \
                and not _LIST_WORD.search(self.text[d.end:after[0].start]) \
                and _LEVELS_THEN_AND.search(self.text, d.end, after[0].start) is None \
                and not (listed is not None and _AND_GAP.fullmatch(self.text, after[0].end, listed.start)):
            return self._name(after[0], own=True)
        if d.whole is not None and d.whole.start < s and not sentence_self_ref:
            # `… toàn huyện Cầu Kè có 1.428 ha dừa sáp, chiếm 72,5% diện tích … toàn tỉnh Trà Vinh. Trong đó, xã Hòa Tân
            # có 612 ha`: a part whose own sentence names no place is where its whole is
            key = id(d.whole)
            if key not in self._located:     # (attached already, unless it comes after the part)
                self._located[key] = self.location(d.whole)
            return self._located[key]
        if not sentence_self_ref and ("national_sentence" in cues and self._sentence_has("national_sentence", s, e)
                                      and not self._only_one_of_country(d, s, e) or self._national_source(s, e)):
            return _NATIONAL
        if "district_reference" in cues and (self._sentence_has("district_reference", s, e) or (
                not para_self_ref and self._sentence_has("district_reference", p_start, p_end))):
            # `Đoạn tuyến qua địa bàn thị xã dài 32,3 km`: the district spoken of, named last
            span = (s, e) if self._sentence_has("district_reference", s, e) else (p_start, p_end)
            # `doanh thu du lịch của thành phố`, `trên địa bàn thành phố`: the city named last, said in the figure's own
            # clause (a paragraph's `thành phố` is too often the article's own city; another clause's, a yardstick's:
            # `… với quận đạt 96,3%, cao hơn mức bình quân của thành phố (93,1%)`)
            city = span == (s, e) and self._city_in_clause(d, s, e)
            district = self._last_city(d.start) if city else None
            if district is None:
                level = next((x for x in self._levels_said(*span) if x != "thành phố"), False)
                if level is not False:
                    district = self._last_district(d.start, level)
                elif city:
                    # (the district the sentence speaks of, `trên địa bàn huyện`, before: `thành phố dự kiến đầu tư cải
                    # tạo 45 điểm dừng … trên địa bàn huyện` are the district's)
                    district = self._city_of_district(d.start)
            if district is not None:
                return self._name(district, own=True)
        if para_self_ref:   # `của tỉnh`, `toàn tỉnh`: the province spoken of
            earlier = self._referent(d.start, p_start)
            if earlier is not None:
                # (`Mức hỗ trợ của tỉnh là 420 tấn/km` after `huyện Thạch Thành`: the sentence speaks of the
                # district's province, which is a district mark's name here, see _name)
                return earlier.name if sentence_self_ref else self._name(earlier)
        if p_start > 0 and _HERE_OPENING.match(self.text, p_start):
            # `Tại chợ Ninh Hiệp (huyện Gia Lâm, Hà Nội), … . / Tại đây, khăn mặt cotton … có giá 10.000-12.000 đồng`:
            # `here` is the place the paragraph before named last (the district, its province said after it to place it)
            mark, prev_start = self._mark_of_paragraph_before(p_start)
            mark = self._district_placed_before(mark, prev_start) or mark
            if mark is not None:
                return self._name(mark, own=True)
        if p_start > 0 and _CONTINUES.match(self.text, p_start):
            # `Trong đó, dư nợ …` opening a paragraph goes on with the place of the paragraph before
            mark, _ = self._mark_of_paragraph_before(p_start)
            if mark is not None:
                return self._name(mark)
        if self.main_place != _NATIONAL and not para_self_ref and p_start < s:
            national = self._national_sentence_before(s, p_start)
            if national is not None:
                mark = self._uncompared_before(s, p_start)
                if (mark is None or mark.start < national) and not (
                        self._national_source(national, _sentence_of(self.sentences, national)[1]) and
                        self._names_place(s, e)):
                    # (after a sentence that only credits a national body, not one that names a place of its own:
                    # `Theo Bộ GTVT, toàn tuyến phải hoàn thành …. Khi đưa vào khai thác, thời gian đi từ Vạn Giã về Nha
                    # Trang …`)
                    # `Theo VPSA, 5 tháng đầu năm, cả nước xuất khẩu 110.250 tấn …. Mỹ là thị trường lớn nhất với 28,4%
                    # thị phần`: the sentences after one about the country, in its paragraph, go on about the country
                    return _NATIONAL
        if self.main_place != _NATIONAL:
            last_mark = self._uncompared_before(s, p_start)   # the paragraph's place, named in an earlier sentence
            # (not a figure its own sentence spreads over districts it names after it: `Hiện công ty có 1.350 ha chuối tại
            # các huyện Ia Grai, Chư Păh và Đức Cơ` is the province's)
            # (nor one whose own sentence speaks of the whole province: `giá thu mua giấy phế liệu tại các đại lý trong
            # tỉnh từ 3.200 đến 3.800 đồng/kg`)
            if last_mark is None and p_start < d.start and not self._refers_back(s, e) and \
                    sum(m.level == "district" for m in after) < 2 and \
                    _WHOLE_PROVINCE.search(self.text, s, d.number.start) is None and (
                    (placed := self._person_placed_before(p_start)) is not None or
                    (placed := self._person_placed_earlier(p_start, e)) is not None):
                # `… gia đình anh Vàng Mí Chơ ở xã Lùng Tám, huyện Quản Bạ thu …` / `Anh Chơ cho biết …, mỗi ha tam thất lãi
                # hơn 600 triệu đồng`: a paragraph that opens with the person the paragraph before placed goes on there
                return self._name(placed, own=True)
            if last_mark is None and p_start < s and (district := self._commune_district(p_start, s)) is not None:
                # `… ở xã Đắk Ngo, huyện Tuy Đức …. Từ đầu tháng 11, đàn voi … ra rẫy của người dân thôn 4, xã Đắk Ngo.
                # Theo UBND xã, voi đã phá khoảng 5 ha cà phê`: a paragraph that names a commune the text placed in its
                # district before, and no other place, goes on in that district
                return self._name(district, own=True)
            # (`UBND xã Hòa Tiến (huyện Hòa Vang, thành phố Đà Nẵng) duy trì …. Ước cả năm, xã tiếp nhận 5.860 hồ sơ`:
            # the district, its province said after it only to place it, as in the figure's own sentence)
            district = self._district_placed_before(last_mark, p_start)
            if district is not None:
                return self._name(district, own=True)
            if last_mark is not None:
                # (a district that opens the paragraph as where it all happens, `Tại thành phố Hội An, đã tu bổ 28 di
                # tích …. Mức hỗ trợ … từ 40% đến 75% …`, is the place of the sentences after it too)
                scene = _sentence_of(self.sentences, last_mark.start)[0]
                opens = last_mark.level == "district" and last_mark.start < s and (
                    (self._opens_as_where(last_mark, p_start) and _STREET_OPENING.match(self.text, p_start) is None) or
                    # (a paragraph that opens with a person and the place of their shop: `Chị Lê Thu Hà, chủ một cửa hàng ở
                    # phố Hàng Hòm (quận Hoàn Kiếm, Hà Nội), cho biết …. Khung bằng khổ A4 … có giá 85.000-120.000 đồng`)
                    self._shop_owner_opens(last_mark, p_start, s, e) or
                    (self._opens_as_where(last_mark, scene, asides=False) and
                     _STREET_OPENING.match(self.text, scene) is None) or
                    _LIES_IN.search(self.text, max(p_start, last_mark.start - 60), last_mark.start) is not None or
                    self._person_placed(last_mark, s, d.start) or self._body_placed(last_mark, s, d.start) or
                    self._district_reports(last_mark, _sentence_of(self.sentences, last_mark.start)[0]) or
                    # (a paragraph that opens with a firm said where it is, `(GLO)- Công ty CP … vừa đưa vào vận hành
                    # phòng nuôi cấy mô chuối cạnh Tỉnh lộ 664, huyện Ia Grai, …. Phòng thí nghiệm rộng 2.500 m2`: the
                    # paragraph tells of the firm there)
                    # (not by an address in brackets after its name: `Công ty CP Mía đường Sơn La (Km 34, Quốc lộ 6, huyện
                    # Mai Sơn)` is the province's works, its seat said)
                    # (not a sentence that speaks of the province or city again: `Lực lượng chức năng thành phố đã lập 56
                    # biên bản`)
                    (scene == p_start and not self._refers_back(s, e) and
                     _LEVEL_BY_WORD.search(self.text, s, e) is None and
                     _BODY_SITED_OPENING.match(self.text, p_start, last_mark.start) is not None and
                     _open_only_after_park(self.text, p_start, last_mark.start) and
                     _FOUNDED_AT.search(self.text, p_start, last_mark.start) is None))
                # (so is one that opens a sentence of the paragraph before, `Tại huyện Tây Giang, hợp tác xã … có 42
                # thành viên. Năm 2023, doanh thu của hợp tác xã đạt …`; and the district an aside gives for what the
                # paragraph opens with: `Cầu Kênh Xáng (xã Thạnh Phú,
                # huyện Mỹ Xuyên) dài 36 m …. Để làm đường dẫn, người dân đã hiến 1.200 m2 đất`; and the district the
                # paragraph says its subject lies in: `Trường … nằm ở xã biên giới của huyện Mường Nhé. … trường có 420 học
                # sinh`)
                return self._name(last_mark, own=opens)
        elif p_start < s:
            opening = self._locative_opening(p_start, s)
            # (`Tại xưởng của Công ty … ở quận Bình Tân, TP HCM, 32 máy ép …`: the district, its city said after it only
            # to place it)
            opening = self._district_placed_before(opening, p_start) or opening
            if opening is not None:
                # `Tại TP Hồ Chí Minh, thu ngân sách đạt 420.000 tỷ đồng …. Thu nội địa đạt 310.000 tỷ đồng`: in an
                # article on the country, a paragraph that opens where it happens goes on about that place (a district
                # too: `Tại huyện Củ Chi, Công ty TNHH … vừa xuất lô hàng …. … công ty đã xuất khẩu 210 container`)
                return self._name(opening, own=True)
            last_mark = self._uncompared_before(s, p_start)
            last_mark = self._district_placed_before(last_mark, p_start) or last_mark   # (`ở huyện Vĩnh Thạnh, TP Cần Thơ`)
            if last_mark is not None and last_mark.level == "district" and (
                    self._person_placed(last_mark, s, d.start) or self._body_placed(last_mark, s, d.start) or
                    self._shop_owner_opens(last_mark, p_start, s, e)):
                # `Anh Nguyễn Văn Tám, ở huyện Vĩnh Thạnh, TP Cần Thơ, vừa bán rơm …. Mỗi ha thu được khoảng 70 cuộn, …,
                # anh lãi hơn 1,2 triệu đồng/ha`: in an article on the country too, what is said of a person placed in
                # a district, named again, is there (so is what is said of a firm placed there: `Tại Hải Dương, Công
                # ty CP Tã giấy Minh Phát (KCN Lai Vu, huyện Kim Thành) … . Công ty có khoảng 700 công nhân`)
                return self._name(last_mark, own=True)
        if self.main_place not in (None, _NATIONAL) and not self.user_place and (
                self._publisher_place is None or
                _places.canonical(self._publisher_place, patterns=self.patterns) is not None) and (
                _WHOLE_PROVINCE.search(self.text, s, d.number.start) is not None or (
                    # (or a sentence that opens with a body of the province as its source, and names no place: `Theo
                    # Cục Quản lý thị trường tỉnh, 9 tháng đầu năm 2024, lực lượng … đã kiểm tra 214 vụ`)
                    _PROVINCIAL_SOURCE_OPENING.match(self.text, s) is not None and not self._marks_in(s, e))):
            # (not in a district's own portal or letter, which reports on the district; nor where the user said the place;
            # a province's paper on one of its districts speaks of the province as any paper does)
            whose = _places.district_provinces(self.main_place, patterns=self.patterns)
            if len(whose) == 1 and _places.canonical(self.main_place, patterns=self.patterns) is None:
                # `Lục Ngạn đẩy mạnh trồng rừng …. Toàn tỉnh trồng được 9.200 ha`: in an article about a district, the
                # whole province is the province the district lies in
                return self._era_name(whose[0])
            read = {m.name for m in self._marks if m.level == "district" and m.provinces[0] == self.main_place}
            if len(read) == 1 and self.main_place not in read:
                # (so for a district whose name several provinces share, the one the article's mark of it is in; and for a
                # city named like its province, read as the city in its era: `phường Kim Long (TP. Huế)` … `toàn tỉnh có 5
                # làng nghề` in 2024 is Thừa Thiên Huế's)
                return read.pop()
        if _WHOLE_COMMUNE.search(self.text, s, d.number.start) is not None:
            district = self._last_commune_district(s)
            if district is not None:
                # `… thuộc xã Long Sơn (TP Vũng Tàu) đã thay thế 46.300 quả phao xốp …. Toàn xã hiện có 1.086 hộ
                # nuôi`: the commune spoken of without its name is the one named last, in the district the text placed
                # it in
                return self._name(district, own=True)
        return self.main_place

    def _last_commune_district(self, pos: int) -> _places.PlaceMention | None:
        """The district of the last commune named before ``pos`` whose district the text gave right after a commune's
        name (`xã Long Sơn (TP Vũng Tàu)`, `xã Xuân Quang, huyện Bảo Thắng`; see :meth:`_commune_district`), else
        None."""
        last = None
        for named in _COMMUNE_NAMED.finditer(self.text, 0, pos):
            last = named
        if last is None:
            return None
        district = self._district_of_commune(last)
        if district is None or district.start not in self._told_districts:
            # (not a district named as the superior whose letter a commune answers, `Công văn … của UBND huyện Đại Từ,
            # UBND xã Khôi Kỳ báo cáo`: that is no place the text gives the commune)
            return None
        return district

    def _district_reports(self, m: _places.PlaceMention, s: int) -> bool:
        """Whether the district ``m`` ends the name of its own body, the source the sentence at ``s`` opens with: `Theo
        UBND thị xã Đức Phổ, cánh đồng muối Sa Huỳnh hiện có khoảng 110 ha`. A district's body reports on its district
        (what it says there and in the sentences after it in its paragraph)."""
        if m.level != "district" or _LEVEL_OF_MARK.match(m.text) is None:
            return False
        source = self._opening_source_of(m, s, len(self.text))
        return source is not None and not self.text[m.end:source.end() - 1].strip() and \
            _DISTRICT_BODY.search(self.text, source.start(), m.start) is not None

    def _person_placed(self, m: _places.PlaceMention, s: int, pos: int) -> bool:
        """Whether the district ``m`` places a person or a household its sentence names (`Gia đình ông Nguyễn Văn Tư ở
        ấp Tân Điền, xã Tân Trung, huyện Đầm Dơi có 3 ao`) and the sentence at ``s`` speaks of them again before
        ``pos`` (`Vụ này, gia đình ông thu hoạch gần 28 tấn tôm`): what is said of them is in that district."""
        opening = _sentence_of(self.sentences, m.start)[0]
        if not (m.start < s and _PERSON_NAMED.search(self.text, opening, m.start) is not None):
            return False
        if _PERSON_AGAIN.search(self.text, s, pos) is not None:
            return True
        # (or, right after the sentence that opens with them and where they live, quotes them: `Ông Lê Văn Sáu, ngụ …
        # xã Bình Thủy (huyện Châu Phú), có đàn vịt 2.000 con …. "Mỗi ngày đàn vịt đẻ khoảng 1.700 trứng, …", ông Sáu
        # nói.`)
        end = _sentence_of(self.sentences, s)[1]
        # (or with their shop, farm or workshop: `Sáng 5/4, cửa hàng vật liệu xây dựng của bà Võ Thị Hạnh ở xã Phú Túc,
        # huyện Châu Thành, tấp nập khách …. "Từ Tết đến giờ tôi bán hơn 350 bồn …", bà Hạnh nói.`)
        return (_PERSON_OPENS.match(self.text, opening, opening + 40) is not None or
                _PERSONS_THING_OPENS.match(self.text, opening, m.start) is not None) and \
            _sentence_of(self.sentences, _SPACE_RUN.match(self.text, _sentence_of(self.sentences, m.start)[1]).end())[0] \
            == s and _QUOTE_OPENS.match(self.text, s, s + 8) is not None and \
            _QUOTED_BY_PERSON.search(self.text, pos, end) is not None

    def _body_placed(self, m: _places.PlaceMention, s: int, pos: int) -> bool:
        """Whether the district ``m`` places the firm its sentence opens with (:data:`_BODY_SITED_OPENING`) and a clause
        of the sentence at ``s`` opens with it again by its kind before ``pos`` (`Doanh nghiệp bị phạt 450 triệu
        đồng`): what is said of the firm is in that district."""
        opening = _sentence_of(self.sentences, m.start)[0]
        if m.start >= s:
            return False
        if _BODY_SITED_OPENING.match(self.text, opening, m.start) is not None:
            return _BODY_AGAIN_OPENING.search(self.text, s, pos) is not None
        site = _SITE_SITED_OPENING.match(self.text, opening, m.start)
        # (a site, by the same kind: `Mỗi tối, võ đường Thăng Long ở phường Trung Liệt, quận Đống Đa …. Võ đường hiện có 5
        # lớp`)
        return site is not None and rxcache.compile(
            r"(?<=(?:^|[.;,:])[^\S\n]*)(?i:" + _words_pattern(site.group("kind")) +
            r")(?![^\S\n]+\p{Lu})(?!\w)", regex.MULTILINE).search(self.text, s, pos) is not None

    def _person_placed_before(self, p_start: int) -> _places.PlaceMention | None:
        """The district that placed, in the paragraph before, the person the paragraph at ``p_start`` opens with by their
        given name (`… gia đình anh Vàng Mí Chơ ở xã Lùng Tám, huyện Quản Bạ thu khoảng 1,8 tỷ đồng` / `Anh Chơ cho biết
        …`): what is said of them there is in that district, else None."""
        again = _PERSON_BY_GIVEN_NAME.match(self.text, p_start)
        k = bisect.bisect_left(self.paragraphs, (p_start, p_start)) - 1
        if again is None or k < 0:
            return None
        a, b = self.paragraphs[k]
        for named in _PERSON_FULL_NAME.finditer(self.text, a, b):
            if named.group("name").split()[-1] != again.group("given"):
                continue
            end = _sentence_of(self.sentences, named.start())[1]
            mark = next((m for m in self._marks_in(named.end(), end) if m.level == "district"), None)
            if mark is not None and _LIVES_AT.fullmatch(self.text, named.end(), mark.start) is not None:
                return mark
        return None

    def _person_placed_earlier(self, p_start: int, end: int) -> _places.PlaceMention | None:
        """The district the last place named before the paragraph at ``p_start`` is, when its sentence opens with the
        person it places, or with their farm or workshop (`Trang trại của ông Sáu ở xã Đồng Thanh, huyện Kim Động …`),
        and the paragraph, up to ``end``, speaks of them again (`Ông thả cá giống …`, `…", ông Sáu nói`) or of the thing
        (`Từ năm 2021, trang trại liên kết …`): a story told of one farm goes on where the farm is, till another place
        is named; else None."""
        mark = self._uncompared_before(p_start, 0)
        # (`huyện An Dương, thành phố Hải Phòng`: the district, its province said after it only to place it)
        mark = self._district_placed_before(mark, 0) or mark
        if mark is None or mark.level != "district":
            return None
        opening = _sentence_of(self.sentences, mark.start)[0]
        lives = _PERSON_LIVES_OPENING.match(self.text, opening, mark.start)
        if lives is None:
            body = _BODY_PLACED.search(self.text, max(opening, mark.start - 120), mark.start)
            # (or with a cooperative or a firm named in full, its district in brackets after it, which the paragraph
            # speaks of again by its kind: `Hợp tác xã … Ea Tu (TP. Buôn Ma Thuột) đã trở thành …` / `Mỗi tuần, HTX duy
            # trì 5 phiên livestream`; or said where it is: `Công ty cổ phần … tại huyện An Dương, thành phố Hải Phòng
            # hiện sản xuất …` / `Theo ông …, Giám đốc công ty, …`, `Nhà máy có 3 dây chuyền`)
            # (not an address in brackets, `(Km 34, Quốc lộ 6, huyện Mai Sơn)`, nor where it was founded: `được thành lập
            # năm 2019 tại …, quận Hải Châu` says where it began, its figures are of its province)
            sited = body is None and _open_only_after_park(self.text, opening, mark.start) \
                and _BODY_SITED_OPENING.match(self.text, opening, mark.start) is not None \
                and _FOUNDED_AT.search(self.text, opening, mark.start) is None
            if body is not None or sited:
                return mark if _BODY_AGAIN.search(self.text, p_start, end) is not None or (
                    body is None and _KIND_AGAIN_OPENING.match(self.text, p_start) is not None) else None
            # (or where a works, a farm or a team was placed, `Tại Cụm công nghiệp Thục Luyện, huyện Thanh Sơn, … nhà máy
            # của Công ty …`, which the next paragraph opens with by its kind alone: `Nhà máy hiện có 350 công nhân`)
            # (or whose head speaks in it: `Tại huyện Yên Châu, Hợp tác xã Xoài Hoa Mai … có 27 thành viên` / `Ông Lò Văn
            # Khiêm, Giám đốc hợp tác xã cho biết, …`)
            kind = _KIND_AGAIN_OPENING.match(self.text, p_start)
            said = kind.group("kind") if kind is not None else None
            if said is None and (head := _HEAD_OF_BODY.search(self.text, p_start, end)) is not None:
                said = head.group("kind")
            return mark if said is not None and (self._opens_as_where(mark, opening) or self._kind_placed_by(
                said, mark, opening)) and (regex.search(
                r"(?<!\w)" + regex.escape(" ".join(said.lower().split())) + r"(?!\w)",
                self.text[opening:p_start].lower()) is not None or (
                " ".join(said.lower().split()) == "công trình" and
                _WORKS_NAMED.search(self.text, opening, p_start) is not None)) else None
        thing = _PERSONS_THING_AGAIN.match(self.text, _SPACE_RUN.match(self.text, lives.start()).end())
        named = _PERSON_FULL_NAME.search(self.text, opening, mark.start)
        given = named.group("name").split()[-1] if named is not None else None
        title = named.group().split()[0].lower() if named is not None else None
        # (the person by their title alone or with their given name, not another person: `Theo ông Nguyễn Văn Ba, Chi
        # cục trưởng, …`; nor one of another title, `Bà Nguyễn Thị Lan … ở xã Minh Phú (Sóc Sơn)` / `Theo ông, …`)
        said = any(((name := _NAME_AFTER_TITLE.match(self.text, again.end())) is None or name.group(1) == given) and
                   (title is None or again.group().split()[-1].lower() == title)
                   for again in _PERSON_AGAIN.finditer(self.text, p_start, end)) or (
            thing is not None and any(" ".join(t.group().lower().split()) == " ".join(thing.group().lower().split())
                                      for t in _PERSONS_THING_AGAIN.finditer(self.text, p_start, end)))
        return mark if said else None

    def _mark_of_paragraph_before(self, p_start: int) -> tuple[_places.PlaceMention | None, int]:
        """The last place named in the paragraph before the one at ``p_start``, past those named only to compare with
        (:meth:`_uncompared_before`), or None; and that paragraph's start."""
        k = bisect.bisect_left(self.paragraphs, (p_start, p_start)) - 1
        prev_start = self.paragraphs[k][0] if k >= 0 else 0
        return self._uncompared_before(p_start, prev_start), prev_start

    def _shop_owner_opens(self, m: _places.PlaceMention, p_start: int, s: int, e: int) -> bool:
        """Whether the paragraph at ``p_start`` opens with a person and the shop or workshop they own in the district
        ``m`` (:data:`_SHOP_OWNER_OPENING`), and the sentence ``[s, e)`` speaks of no province: what it says of the
        shop's goods is there."""
        return _sentence_of(self.sentences, m.start)[0] == p_start and not self._refers_back(s, e) and \
            _SHOP_OWNER_OPENING.match(self.text, p_start, m.start) is not None

    def _kind_placed_by(self, kind: str, m: _places.PlaceMention, opening: int) -> bool:
        """Whether the sentence at ``opening`` raids a thing of ``kind`` it places in ``m`` (`kiểm tra một xưởng sản
        xuất thiết bị điện tại xã Tam Hiệp, huyện Thanh Trì`): what is said of that thing after, by its kind, is there
        (not a thing only named by where it is, `sau nhà máy tại TP Tân An`)."""
        return rxcache.compile(r"(?<!\w)(?i:kiểm\s+tra|phát\s+hiện|triệt\s+phá|khám\s+xét|đột\s+kích|niêm\s+phong)"
                               r"(?:\s+\p{L}+){0,2}?\s+(?i:" +
                               _words_pattern(kind) +
                               r")(?!\w)[^.;:()\n]{0,80}?(?<!\w)(?:tại|ở)\s[^.;:()\n]{0,60}$").search(
            self.text, opening, m.start) is not None

    def _opens_as_where(self, m: _places.PlaceMention, start: int, *, asides: bool = True) -> bool:
        """Whether the district ``m`` is said, at the opening of the sentence or paragraph at ``start``, as where what
        follows happens: `Tại huyện Tây Giang, …`; with ``asides``, also as the aside that places what it opens with,
        `Riêng làng lụa Mã Châu (thị trấn Nam Phước, huyện Duy Xuyên) …` (which, opening a sentence, is that sentence's
        only: `Riêng` sets it apart from the rest), or as the commune and district it opens with is placed in, `Khu
        glamping của chị Minh Anh ở xã Minh Trí, huyện Sóc Sơn, …`."""
        return m.level == "district" and m.start >= start and ((
            _OPENING_PLACE.fullmatch(self.text, start, m.start) is not None and
            _LOCATIVE_OPENING.match(self.text, start) is not None and
            _ADVERBIAL_END.match(self.text, m.end) is not None) or
            (asides and (_WHERE_ASIDE_OPENING.fullmatch(self.text, start, m.start) is not None or
                         ((placed := _PLACED_SUBJECT_OPENING.fullmatch(self.text, start, m.start)) is not None and
                          placed.group("commune") is not None))))

    def _locative_opening(self, p_start: int, s: int) -> _places.PlaceMention | None:
        """The place a paragraph opens with as where it all happens (`Tại TP Hồ Chí Minh,`, `Ở Hà Nội,`) when it is the
        last place named before ``s`` in the paragraph, else None."""
        last = self._uncompared_before(s, p_start)
        first = next(iter(self._marks_in(p_start, s)), None) if last is not None else None
        if first is not None and first.level == "province" and not self.text[p_start:first.start].strip() and \
                _PLACE_AS_SUBJECT.match(self.text, first.end) is not None and last.name == first.name:
            # `Kiên Giang hiện đứng thứ 3 vùng … . Dự án … đã trồng mới 1.350 ha tại …, trong đó An Minh 610 ha, …. Tổng
            # vốn dự án khoảng 4,6 triệu EUR`: a paragraph that opens with a province as what it speaks of goes on about
            # it, past its own districts
            return first
        if last is None or _LOCATIVE_OPENING.match(self.text, p_start) is None or \
                _OPENING_PLACE.fullmatch(self.text, p_start, last.start) is None or \
                _ADVERBIAL_END.match(self.text, last.end) is None:
            return None
        return last

    def _commune_district(self, start: int, end: int) -> _places.PlaceMention | None:
        """The district of the first commune named between ``start`` and ``end`` whose district the text gave earlier
        (`các xã Long Điền Đông, Điền Hải (huyện Đông Hải)`, `xã Xuân Quang, huyện Bảo Thắng`), else None."""
        if not self._commune_map():
            return None
        for named in _COMMUNE_NAMED.finditer(self.text, start, end):
            found = self._district_of_commune(named)
            if found is not None and found.end <= named.start():
                return found
        return None

    def _commune_map(self) -> dict[str, _places.PlaceMention]:
        """The communes the text gives the district of (their names in lower case), each with that district's mark."""
        if self._communes is None:
            self._communes = {}
            own = {}
            for m in self._marks:
                if m.level != "district":
                    continue
                told = _COMMUNES_OF.search(self.text, max(0, m.start - 160), m.start)
                if told is not None:
                    self._told_districts.add(m.start)
                # (or after it, in its sentence: `Tại huyện Đồng Văn, … tập trung ở các xã Sà Phìn, Sủng Là, Lũng Cú
                # dọc …`)
                listed = _COMMUNES_AFTER.match(self.text, m.end)
                for found, into in ((told, own), (listed, self._communes)):
                    if found is None:
                        continue
                    for name in _NAME_SPLIT.split(found.group("names")):
                        if name.strip():
                            into.setdefault(name.strip().lower(), m)
            # (the district said right after a commune is its own, whatever district a sentence before it named first:
            # `Phan Rang-Tháp Chàm (TTXVN) - Làng gốm Bàu Trúc thuộc thị trấn Phước Dân, huyện Ninh Phước`)
            self._communes.update(own)
        return self._communes

    def _district_of_commune(self, named: regex.Match[str]) -> _places.PlaceMention | None:
        """The district the text gives the commune of a match of :data:`_COMMUNE_NAMED`, if it gives one."""
        return self._commune_map().get(" ".join(named.group("name").split()).lower())

    def _before_commune(self, start: int, end: int) -> int:
        """Where the commune that opens an address ending at ``end`` starts (`67 hộ dân tại xã Lai Cách, huyện Cẩm
        Giàng`: the comma after the commune joins it to its district, it breaks no clause; so does the bracket that
        gives the district of a commune or of communes listed, `tại các xã Đạ Đờn, Phúc Thọ (huyện Lâm Hà)`); ``end``
        without one."""
        commune = _COMMUNE_THEN.search(self.text, max(start, end - 60), end)
        return commune.start() if commune is not None else end

    def _district_placed_before(self, mark: _places.PlaceMention | None, floor: int) -> _places.PlaceMention | None:
        """The district named before the province ``mark``, at ``floor`` or after, that the province is said after only to
        place it (`ở huyện Vĩnh Thạnh, TP Cần Thơ`: :meth:`_placed_in_province`), else None."""
        if mark is None or mark.level != "province":
            return None
        district = self._province_before(mark.start)
        return district if district is not None and district.start >= floor and \
            self._placed_in_province(district, mark) else None

    def _placed_in_province(self, district: _places.PlaceMention, province: _places.PlaceMention) -> bool:
        """Whether ``province`` is said right after ``district`` (named by its level) only to place it: `huyện Mộc
        Châu, tỉnh Sơn La`, `xã Tân Lập (huyện Mộc Châu), tỉnh Sơn La`."""
        return province.level == "province" and district.level == "district" and district.name == province.name \
            and (_LEVEL_OF_MARK.match(district.text) is not None or (
                # (or named bare where a place is said, `tại Ea H'leo (Đắk Lắk) 36,8°C, Ayun Pa (Gia Lai) 37,2°C`: not
                # after a thing it names, `chợ đầu mối Hóc Môn (TP Hồ Chí Minh)`)
                _PLACE_SAID_BEFORE.search(self.text, max(0, district.start - 24), district.start) is not None and
                self.text[district.end:province.start].strip().startswith("("))) \
            and _THEN_ITS_PROVINCE.fullmatch(self.text, district.end, province.start) is not None

    def _uncompared_before(self, pos: int, floor: int) -> _places.PlaceMention | None:
        """The last place mark before ``pos`` that starts at or after ``floor``, past those named only to compare with."""
        mark = self._province_before(pos)
        while mark is not None and mark.start >= floor and (
                self._compared(mark) or _CONTRASTED_BEFORE.search(self.text, max(floor, mark.start - 40), mark.start)
                or self._owner_in_bracket(mark)
                or _DESTINATION_BEFORE.search(self.text, max(floor, mark.start - 80), mark.start)
                or self._partner_at(mark, floor)
                or self._distance_from(mark, floor)
                or self._in_opening_source(mark) or self._provincial_body(mark, floor)):
            # (`…, trong khi của tỉnh Quảng Bình là 73,5 tuổi.`: the place set against the one spoken of has only
            # its own clause's figure; so has a place goods are sent to)
            mark = self._province_before(mark.start)
        return mark if mark is not None and mark.start >= floor else None

    def _provincial_body(self, m: _places.PlaceMention, floor: int) -> bool:
        """Whether ``m``, in an article about one of its districts, is the province that ends a body's or a
        facility's name (`Phòng CSGT Công an tỉnh Hải Dương`, `Cơ sở cai nghiện ma túy số 2 tỉnh Thái Nguyên`): whose
        body it is, not a place the sentences after it speak of (a body whose report the sentence opens with, `Theo
        Trung tâm Đăng kiểm … Vĩnh Phúc, …`, speaks of its own work, where it is)."""
        return m.level == "province" and m.name == self._district_article_province and \
            _BODY_NAMED_BEFORE.search(self.text, max(floor, m.start - 80), m.start) is not None and \
            self._opening_source_of(m, *_sentence_of(self.sentences, m.start)) is None

    @functools.cached_property
    def _district_article_province(self) -> str | None:
        """The province of the article's main place when that is a district (of one province only), else None."""
        if self.main_place in (None, _NATIONAL):
            return None
        provinces = _places.district_provinces(self.main_place, patterns=self.patterns)
        return provinces[0] if len(provinces) == 1 and _places.canonical(
            self.main_place, patterns=self.patterns) is None else None

    def _opening_source_of(self, m: _places.PlaceMention, s: int, e: int) -> regex.Match[str] | None:
        """The source the sentence ``s``..``e`` opens with (`Theo Trung tâm Đăng kiểm … Vĩnh Phúc, …`) when ``m`` stands
        in it, else None: the body whose report it is (which then speaks of its own work, where the body is)."""
        source = _OPENING_SOURCE.match(self.text, s, e)
        return source if source is not None and source.end() > m.end else None

    def _in_opening_source(self, m: _places.PlaceMention) -> bool:
        """Whether ``m`` is a province named only in the source its sentence opens with, in a sentence that speaks of
        `the district` (`Theo Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn, … qua các cửa khẩu của huyện`):
        whose report, not where what it says happens (`Theo Trung tâm Đăng kiểm … Vĩnh Phúc, trung tâm đã kiểm định …`
        reports the body's own work, there)."""
        return m.start in self._source_provinces

    @functools.cached_property
    def _source_provinces(self) -> frozenset[int]:
        """The starts of the provinces :meth:`_in_opening_source` passes over, found once."""
        cue = _cues(self.patterns).get("district_reference")
        if cue is None:
            return frozenset()
        out = set()
        for m in self._marks:
            if m.level != "province":
                continue
            s, e = _sentence_of(self.sentences, m.start)
            source = self._opening_source_of(m, s, e)
            # (from the source's comma: `, huyện được bố trí …` opens with the district; not `thành phố`, which may be
            # the source's own: `Theo báo cáo của Sở Xây dựng thành phố Đà Nẵng, … trên địa bàn thành phố có …`)
            if source is not None and any(level != "thành phố" for level in self._levels_said(source.end() - 1, e)):
                out.add(m.start)
        return frozenset(out)

    def _owner_in_bracket(self, m: _places.PlaceMention) -> bool:
        """Whether ``m`` is a province in brackets right after one of its districts (`huyện Yên Thế (Bắc Giang)`): it says
        whose district that is, and the place spoken of is the district (a district's mark is named by its province,
        see :meth:`_marks`)."""
        if m.level != "province":
            return False
        opened = self.text.rfind("(", max(0, m.start - 8), m.start)
        if opened < 0 or self.text[opened + 1:m.start].strip().lower() not in ("", "tỉnh", "thành phố", "tp", "tp."):
            return False
        district = self._province_before(opened)
        return district is not None and district.level == "district" and m.name == district.name and \
            not self.text[district.end:opened].strip()

    def _in_own_relative(self, m: _places.PlaceMention, d: Draft) -> bool:
        """Whether ``d`` stands in the relative clause that describes ``m`` (`So với tỉnh Thanh Hóa, nơi đã ghi nhận 3
        ổ dịch`): that place's own figure, though it is named to compare with."""
        return _OWN_RELATIVE.match(self.text, m.end) is not None and \
            _RELATIVE_ENDS.search(self.text, m.end, d.number.start) is None

    def _example_with_figure(self, m: _places.PlaceMention, d: Draft) -> bool:
        """Whether ``m`` is an example given with `như` and ``d`` its own figure right after it (`một số tỉnh vẫn có
        mức sinh cao như Điện Biên 2,71 con/phụ nữ`): such as, not as … as."""
        s = _sentence_of(self.sentences, m.start)[0]
        return _ITEM_NUMBER_GAP.fullmatch(self.text, m.end, d.number.start) is not None and \
            _SUCH_AS_BEFORE.search(self.text, max(s, m.start - 60), m.start) is not None

    def _compared(self, m: _places.PlaceMention) -> bool:
        """Whether ``m`` is named only to compare with (`đứng thứ 3 vùng, sau Bình Phước và Bà Rịa - Vũng Tàu`,
        `cao hơn Đồng Nai`), as the field of a rank, as a partner or as the authority that decides: a place the
        passage measures itself against or deals with, not the place it speaks of. (Found once per mark: the
        figures of a sentence ask about the same marks.)"""
        found = self._compared_memo.get(m.start)
        if found is None:
            s = _sentence_of(self.sentences, m.start)[0]
            found = self._compared_memo[m.start] = \
                _COMPARED_BEFORE.search(self.text, max(s, m.start - 80), m.start) is not None \
                or _DOMAIN_BEFORE.search(self.text, max(s, m.start - 40), m.start) is not None \
                or _PARTNER_BEFORE.search(self.text, max(s, m.start - 80), m.start) is not None \
                or _AUTHORITY_BEFORE.search(self.text, max(s, m.start - 80), m.start) is not None \
                or _BESIDES_BEFORE.search(self.text, max(s, m.start - 60), m.start) is not None \
                or _OUTSIDE_BEFORE.search(self.text, max(s, m.start - 60), m.start) is not None \
                or (m.level != "national" and
                    _SHARE_BASE_BEFORE.search(self.text, max(s, m.start - 70), m.start) is not None and
                    # (what has the share is a place the sentence named before, or said by its level, `toàn huyện có 8.650
                    # ha nhãn, chiếm khoảng 39% diện tích nhãn của tỉnh Sơn La`; a firm's or a thing's share, `Công ty CP
                    # Bia Sông Hương … nộp 1.850 tỷ đồng, chiếm khoảng 19% tổng thu nội địa của tỉnh Thừa Thiên Huế`, is of
                    # the place whose whole it is part of)
                    (any(x.level != "national" for x in self._marks_in(s, m.start)) or
                     _LOWER_LEVEL_SAID.search(self.text, s, m.start) is not None))
            if not found:
                # (a list goes on as it began: `phối hợp với UBND các huyện Tây Giang, Nam Giang, Đông Giang và thành phố
                # Hội An tổ chức 14 lớp`, every place of it a partner)
                i = bisect.bisect_left(self._mark_starts, m.start)
                prev = self._marks[i - 1] if i > 0 else None
                if prev is not None and prev.start >= s and prev.end <= m.start and \
                        _LIST_GOES_ON.fullmatch(self.text, prev.end, m.start) is not None and \
                        not ("," in self.text[prev.end:m.start] and
                             _BESIDES_BEFORE.search(self.text, max(s, prev.start - 60), prev.start) is not None):
                    # (but the comma after what a sentence sets aside ends it: `Ngoài Lâm Đồng, Cao Bằng …`)
                    found = self._compared_memo[m.start] = self._compared(prev)
        return found

    def _partner(self, m: _places.PlaceMention) -> bool:
        """Whether ``m`` is named as a partner (`Phối hợp với UBND huyện Lắk, Bảo tàng đã tư liệu hóa 25 lễ hội … trên
        địa bàn huyện`): not the place its clause's figures are of, but one a later `huyện`, `tỉnh` can speak of."""
        s = _sentence_of(self.sentences, m.start)[0]
        return _WORKS_WITH.search(self.text, max(s, m.start - 80), m.start) is not None

    def _is_yardstick_value(self, d: Draft, s: int, cue: regex.Pattern[str]) -> bool:
        """Whether ``d`` opens a bracket right after the country or a whole sector named as a yardstick
        (`cao hơn mức bình quân cả nước (5,05%)`): the figure is that yardstick's own."""
        bracket = self.structure.bracket(d.number.start) if self.structure else None
        if bracket is None or not _OPENS_BRACKET.fullmatch(self.text, bracket[0], d.number.start):
            return False
        return cue.search(self.text, max(s, bracket[0] - 60), bracket[0]) is not None

    def _last_ministry(self, s: int, e: int, pos: int) -> int | None:
        """Where the last ministry named in the sentence ``[s, e)`` before ``pos`` starts (the sentence is
        searched once: its figures share the answer, and a figure-dense line stays linear)."""
        key = ("ministry", s, e)
        found = self._cue_spans.get(key)
        if found is None:
            found = self._cue_spans[key] = [m.span() for m in _cues(self.patterns)["ministry"].finditer(self.text, s, e)]
        i = bisect.bisect_right(found, (pos, pos)) - 1
        while i >= 0 and found[i][1] > pos:   # one that runs past the figure is not before it
            i -= 1
        return found[i][0] if i >= 0 else None

    def _national_sentence_before(self, pos: int, floor: int) -> int | None:
        """The start of the last sentence that speaks of the whole country (locality cue ``national_sentence``) among
        those that end by ``pos`` and start at or after ``floor``, else None. Not one that speaks of the province
        (`trên địa bàn`, `toàn tỉnh`), names the country only in a bracket (`tăng 4,1% (cả nước tăng 3,79%)`) or only
        as a yardstick. (Asked once per sentence and paragraph: the figures of a sentence share the answer.)"""
        key = (pos, floor)
        if key not in self._national_before:
            self._national_before[key] = self._find_national_sentence_before(pos, floor)
        return self._national_before[key]

    def _find_national_sentence_before(self, pos: int, floor: int) -> int | None:
        k = bisect.bisect_right(self.sentences, (pos, pos)) - 1
        while k >= 0:
            s, e = self.sentences[k]
            if s < floor:
                return None
            if e <= pos and self._national_source(s, e) and not self._refers_back(s, e):
                return s    # (`Theo VASEP, 10 tháng năm 2024, xuất khẩu tôm hùm đạt …. VASEP dự báo cả năm …`)
            if e <= pos and self._sentence_has("national_sentence", s, e) and not self._refers_back(s, e):
                shielded = _PARENS.sub(lambda m: "_" * len(m.group()), self.text[s:e])
                cues = _cues(self.patterns)
                for m in cues["national_sentence"].finditer(shielded):
                    before = shielded[max(0, m.start() - 80):m.start()]
                    # (the country named as a yardstick, `cao hơn mức bình quân của các dự án … trong cả nước`, is no
                    # country spoken of)
                    if not ("yardstick" in cues and cues["yardstick"].search(before[-60:])) and \
                            not _YARDSTICK_CLAUSE.search(before):
                        return s
            k -= 1
        return None

    def _national_source(self, s: int, e: int) -> bool:
        """Whether the sentence ``[s, e)`` opens by crediting a national body (locality cue ``national_source``: `Theo
        Hiệp hội … Việt Nam (VASEP), …`, `Theo Tổng cục Thống kê, …`): what it says of no place is the country's."""
        rx = _cues(self.patterns).get("national_source")
        # (not one that names a place, even as a route's end: `Theo Bộ GTVT, … thời gian đi từ Vạn Giã về Nha Trang …
        # còn khoảng 45 phút` is the province's road)
        return rx is not None and rx.match(self.text, s, e) is not None and not self._names_place(s, e)

    def _names_place(self, s: int, e: int) -> bool:
        """Whether a province or a district is named in ``[s, e)`` (in any role: a route's end, a source's)."""
        return any(s <= m.start < e and m.level != "national" for m in self.provinces)

    def _only_one_of_country(self, d: Draft, s: int, e: int) -> bool:
        """Whether the sentence speaks of the country only as what a thing is one of so many of, in a clause before the
        figure's (`Là một trong 4 khu neo đậu … của cả nước, khu neo đậu Sông Đốc được đầu tư hơn 780 tỷ đồng`)."""
        said = list(_cues_found(self.patterns)["national_sentence"].finditer(self.text[s:e]))
        return bool(said) and all(
            s + m.end() <= d.number.start and self.text.find(",", s + m.end(), d.number.start) >= 0 and
            _ONE_OF_COUNTRY.search(self.text, max(s, s + m.start() - 100), s + m.start()) is not None for m in said)

    def _sentence_has(self, cue: str, s: int, e: int) -> bool:
        """Whether locality cue ``cue`` is found in the sentence ``[s, e)`` (found once per sentence: its figures
        share the answer)."""
        key = (cue, s, e)
        found = self._sentence_cue.get(key)
        if found is None:
            rx = _cues_found(self.patterns)[cue]   # (whether it matches only)
            found = self._sentence_cue[key] = _cue_may_match(_cue_words(self.patterns).get(cue), self.text, s, e) and \
                bool(rx.search(self.text[s:e]) if cue == "national_sentence" else rx.search(self.text, s, e))
        return found

    # -- subject ------------------------------------------------------------------------------
    def _moved_level_subject(self, d: Draft, before: str) -> str | None:
        """`Giá điện bình quân tăng 4,8%, từ 2.006,79 đồng/kWh lên 2.103,11 đồng/kWh`, `Số hộ nghèo giảm từ 1.200 hộ
        xuống còn 950 hộ`, `Dầu hỏa tăng 140 đồng, lên 19.420 đồng/lít`: the levels a change went from and to are of
        what changed, named before its verb (in the clause before the comma, when `từ` or `lên` opens the clause)."""
        pair = _FROM_TO_BEFORE.search(before)
        if pair is None and d.change is not None:
            pair = _UP_TO_BEFORE.search(before)     # `Dầu hỏa tăng 140 đồng, lên 19.420 đồng/lít`: the level it led to
        elif pair is not None and pair.group("to") is None and _TO_AFTER.match(self.text, d.end, d.end + 60) is None:
            return None     # (`kéo giảm từ 5 đến 10%`: a range of the change, no level it went from)
        if pair is None:
            return None
        head = before[:pair.start()]
        if not _LETTER.search(head):
            s = _sentence_of(self.sentences, d.start)[0]
            opened = d.number.start - len(before) + pair.start()     # (where `từ` or `lên` opens the clause)
            comma = self.text.rfind(",", s, opened + 1)
            if comma < 0 or self.text[comma:opened].strip(" ,"):
                return None
            head = self._clause_ending_at(s, comma, figure=True)
        verb = _CHANGE_VERB_TAIL.search(head)
        if verb is None:
            return None
        rest = verb.group("rest")
        if _LETTER.search(rest) and not _DIGIT.search(rest) and not _DEGREE_ONLY.fullmatch(rest):
            # `Mô hình giảm lượng giống gieo sạ từ 150-200 kg/ha xuống …`: the object of the verb is what changed
            return _clean_pre(rest) or None
        return _clean_pre(head[:verb.start()]) or None

    def _clause_before(self, d: Draft) -> str:
        return self._clause_ending_at(_sentence_of(self.sentences, d.start)[0], d.number.start, figure=True)

    def _sized_before(self, d: Draft, pre: str) -> str | None:
        """What a size said alone (``pre``, `dài`) is of when the words before it name it: the thing a bracket follows
        (`trên tuyến biển từ Nam Ô đến giáp ranh Quảng Nam (dài khoảng 30 km)`), or what the figure right before the
        comma counted (`có 9 bãi tắm, dài khoảng 7,2 km`: the length of the beaches)."""
        at = self.text.rfind(pre, max(0, d.start - 40), d.start)
        if at < 0:
            return None
        opened = _SIZE_ASIDE_OPENS.search(self.text, max(0, at - 3), at)
        if opened is None:
            return None
        s = _sentence_of(self.sentences, d.start)[0]
        if opened.group().strip() == "(":
            thing = _clean_pre(self._clause_ending_at(s, opened.start()))
            inner = _LAST_PREPOSITION.search(thing)
            if inner and inner.end() < len(thing):
                thing = thing[inner.end():].strip()
            if thing and len(thing.split()) <= _SIZED_THING_WORDS and _LETTER.search(thing) and \
                    not self._only_place(thing):
                return thing
            return None
        g, given = self.subjects.given[-1] if self.subjects.given else (None, None)
        if g is not None and given and g.kind == "count" and s <= g.start and \
                _COUNTED_WORDS.fullmatch(self.text, max(g.end, g.attr_end), opened.start()) is not None:
            return given
        return None

    def _clause_ending_at(self, s: int, pos: int, *, figure: bool = False) -> str:
        """The clause of the sentence starting at ``s`` that ends at ``pos``: from the last clause break before it.
        Before a ``figure``, a comma between coordinated nouns and a `và` inside a claim end no clause."""
        # a subject is a phrase, not a page: look back at most _LOOKBACK characters
        seg = self.text[max(s, pos - _LOOKBACK):pos]
        # a closed parenthesis belongs to its clause: `tổng sản phẩm (GRDP) tăng`
        shield = _PARENS.sub(lambda m: "_" * len(m.group()), seg) if "(" in seg else seg   # (each match opens with it)
        cut = _last_break_end(shield)
        if not figure:
            return seg[self._past_bracketed_items(seg, cut):]
        # `khối bộ, ngành đạt 63%`: a comma between nouns of one class coordinates them, it ends no clause
        rules = self.subjects.r
        while cut > 0 and shield[cut - 1] == ",":
            before = _last_break_end(shield[:cut - 1])
            if rules.joins(shield, cut - 1, parallel=before) is None:
                break
            cut = before     # (and `sức khỏe loại 1, loại 2 chiếm 76,4%`: two said alike)
        # `xếp thứ 27 và xã hội số đạt 0,5991`: a `và` after a claim that has its number starts a clause
        and_at = shield.rfind(" và ", cut)
        # (or a verb that goes on with the same subject: `… đạt 75% và có ít nhất 2.000 hướng dẫn viên`)
        if and_at >= 0 and _CLAIM.search(shield, cut, and_at) and \
                (_VERB_END.search(shield, and_at + 4) or _VERB_ONLY.fullmatch(shield, and_at + 4)):
            cut = and_at + len(" và ")
        elif and_at >= 0 and _SHARE_THEN_AND.fullmatch(shield, max(cut, and_at - 12), and_at + 4) is not None and \
                _NAMES_NOTHING.fullmatch(shield, and_at + 4) is None:
            # (`tuyến huyện 15,9% và tuyến xã 18,3%`: the next item of a list of shares; not a clause of a time and a verb
            # that goes on with the same subject, `… lên 40% và đến năm 2030 đạt 60-70%`)
            cut = and_at + len(" và ")
        return seg[self._past_bracketed_items(seg, cut):]

    @staticmethod
    def _past_bracketed_items(seg: str, cut: int) -> int:
        """Where the last item of a list that ``seg`` holds after ``cut`` starts, when its items give their figures in
        brackets (`dệt may (7.350 người) và chế biến gỗ`: an item ends with its bracket); else ``cut``."""
        if ")" in seg:
            for item in _FIGURE_BRACKET_THEN_ITEM.finditer(seg, cut):
                cut = item.end()
        return cut

    def _clause_after(self, start: int) -> str:
        _, e = _sentence_of(self.sentences, max(0, start - 1))
        seg = self.text[start:e]
        if "(" in seg:
            # (an abbreviation in brackets goes on with the phrase it shortens: `trong các khu công nghiệp (KCN) đã báo cáo`)
            seg = _ABBREVIATION_BRACKET.sub(lambda m: " " * len(m.group()), seg)
        m = _CLAUSE_END.search(seg)
        while m is not None and m.group().startswith(","):
            # a comma between nouns of one class (`trạm y tế xã, thị trấn`) or in a list of names that closes the
            # clause (`bằng tiếng dân tộc Thái, Mông, Khơ Mú.`) ends no clause
            # (the noun before the comma may be the figure's unit itself, before ``start``: `84 hội quán, chi hội …`)
            joined = self.subjects.r.joins(self.text, start + m.start())
            joined = min(joined, e) - start if joined is not None else None
            if joined is None:
                names = _NAME_LIST.match(seg, m.start())
                joined = names.end() if names is not None and _NAME_BEFORE.search(seg, 0, m.start()) and \
                    not _PLACES_BEFORE.search(seg, 0, m.start()) else None
            if joined is None:
                break
            m = _CLAUSE_END.search(seg, joined)
        while m is not None and m.group()[-1].isdigit():
            # a number ends the clause, but for the age that says who is counted (`trẻ em dưới 1 tuổi được …`)
            word = seg.rfind(" ", 0, m.start()) + 1
            age = self.subjects.r.age.match(seg, word) if word < m.start() else None
            if age is None or age.end() <= m.start():
                break
            m = _CLAUSE_END.search(seg, age.end())
        if m is not None and m.group()[-1].isdigit():
            # `3.000 hộ nghèo năm 2024 thoát nghèo`: the number that ends the clause opens a period phrase, whose
            # words before it say when, not what is counted
            opening = _PERIOD_OPENING.search(seg, 0, m.start())
            seg = seg[:opening.start()] if opening else seg[:m.start()]
        else:
            seg = seg[:m.start()] if m else seg
        return " ".join(seg.split()[:_MAX_WORDS])

    def _post(self, start: int) -> str:
        """:func:`_clean_post` of the clause from ``start``."""
        passed = _PASSED_ALONE.match(self.text, start) if "đạt" in self.text[start:start + 12] else None
        if passed is not None:
            return passed.group("p")
        clause = self._clause_after(start)
        named = _NAMES_NEXT_FIGURE.match(self.text, start, min(len(self.text), start + 200)) \
            if "với" in clause else None
        if named is not None:
            # `38 xe chuyên dụng hoạt động với tần suất 2 lần/ngày`: what `với` names right before the next figure is
            # that figure's name, no part of this one's
            clause = " ".join(clause.split()[:len(self.text[start:named.start("with")].split())])
        post = _clean_post(clause, self.subjects.r.age)
        if self.text[max(0, start - 2):start].rstrip().endswith("%") and " và " in self.text[start:start + 40]:
            shared = self._shared_by_shares(start, post)
            if shared is not None:
                return shared
        if " và " in self.text[start:start + 60] and _PASSIVE_WORD.search(self.text, start, start + 240):
            # (matched within reach, in its sentence: asked for a literal it needs, `regex` would scan the rest of the
            # text)
            end = min(start + 300, _sentence_of(self.sentences, max(0, start - 1))[1])
            shared = _SHARED_PREDICATE.match(self.text, start, end)
            if shared is not None and not _PASSIVE_WORD.search(post):
                # `850 ha lúa và 120 ha rau màu bị ngập`, `12 căn nhà và 3 phòng học bị sập`: what is said after the
                # last of coordinated figures is said of each
                return f"{post} {_subjects._SPACES.sub(' ', shared.group('pred'))}".strip()
        return post

    def _shared_by_shares(self, start: int, post: str) -> str | None:
        """`95% đám cưới và 99% đám tang thực hiện nếp sống văn minh`, `90,5% chi bộ và 92,3% đảng viên hoàn thành tốt nhiệm
        vụ`: two shares of things said in parallel, each of its own noun, share what is said after the last of them: the
        first's subject is its noun and that predicate (the second's noun as long as the first's); else None."""
        m = _TWO_SHARES.match(self.text, start, min(len(self.text), start + 200))
        if m is None:
            return None
        own, other = m.group("own").split(), m.group("other").split()
        if own != post.split() or len(other) <= len(own) or \
                _SHARED_VERB.match(" ".join(other[len(own):])) is None:
            return None     # (the second's noun may be longer: `100% giống dâu và 50% tiền mua tằm giống`)
        return " ".join(own + other[len(own):])

    def subject(self, d: Draft) -> str | None:
        """What the figure measures (:mod:`dtextract.subjects`; figures must be asked in text order)."""
        subject, rule = self.subjects.of(d, self._phrase_subject, self._lead)
        d.why["subject"] = f"subjects: {rule}"
        return subject

    def _lead(self, d: Draft) -> str:
        """The words of the figure's clause before it, without its verb, time phrase or opening adverbial."""
        return _clean_pre(self._clause_before(d))

    def _phrase_subject(self, d: Draft) -> str | None:
        before = _BUT.sub("", self._past_period(d.number.start, self._clause_before(d)))
        if d.kind == "percent" and "về" in self.text[d.end:d.end + 6]:
            aspect = _subjects.ASPECT_AFTER.match(self.text, d.end)
            grown = _GROWN_BY_ASPECT.match(before) if aspect is not None else None
            what = _clean_pre(grown.group("what")) if grown is not None else ""
            if what and _LETTER.search(what):
                # `giao dịch thanh toán qua QR tăng 62,5% về số lượng và 43,6% về giá trị`: how much what grew by in
                # each of its measures
                return f"{what} về {_subjects._SPACES.sub(' ', aspect.group('a')).strip()}"
        if "từ" in before or d.change is not None:
            moved = self._moved_level_subject(d, before)
            if moved:
                return moved
        if d.kind == "percent" and "với" in before:
            rated = _WITH_RATE.search(before)
            what = _clean_pre(rated.group("what")) if rated is not None else ""
            if len(what.split()) >= 2 and not _NAME_OPENS.match(what):
                # (not a body or a place that has the rate: `Bộ Công Thương dẫn đầu với tỷ lệ 83,48%`)
                # `Cổ tức năm 2023 được chi trả bằng tiền với tỷ lệ 8%`: the rate of what the clause before `với` says
                return f"{rated.group('rate').lower()} {what}"
        pre = _clean_pre(before)
        if d.kind == "rank":
            return self._rank_subject(d, pre)
        if d.kind == "multiple":
            # `Tổng thiệt hại năm nay cao gấp 2 lần so với năm trước`: what is so many times what
            what = _MULTIPLE_VERB.sub("", pre).strip()
            base = _MULTIPLE_BASE.match(self.text, d.end)
            if what and _LETTER.search(what):
                return f"{what} so với {base.group('b').strip()}" if base else what
        kind = _IS_KIND.match(self.text, d.end) if d.kind == "count" and _people(d.unit) and \
            _FOR_BEFORE.search(self.text, max(0, d.number.start - 24), d.number.start) is None else None
        if kind is not None:
            # `có 4.215 người là chuyên gia (52,9%), 2.310 người là lao động kỹ thuật`: people counted by what they are
            # (not those a verb is done for, `tập huấn cho 260 học viên là chủ cơ sở`: what is done names them)
            return f"{d.unit} là {_subjects._SPACES.sub(' ', kind.group('k')).strip()}"
        most = _MOST_WITH.search(before) if "nhất" in before else None
        if most is not None and (_PLACE_OWNER.search(before, 0, most.start()) is not None or
                                 _NAMED_OWNER.search(before, 0, most.start()) is not None or
                                 _PLACE_ROLE.search(before, 0, most.start()) is not None):
            what = _HEAD.sub("", " ".join(most.group("what").split()))
            if len(what.split()) < 2 and d.kind == "money" and "số" in before[most.start():most.start("what")].lower():
                what = f"số {what}"     # (`có số thu lớn nhất với 386,5 tỷ đồng`: `số thu`, the sum, not `thu`)
            if d.kind != "count" or d.unit.lower() in what.lower() or d.unit.lower() in _CLASSIFIERS or (
                    _people(d.unit) and _people(what)):
                # `Xã Ea Phê có số đối tượng hưởng trợ cấp hằng tháng đông nhất với 486 người`: the indicator a place
                # has most or least of, not the place (a named thing's is its own: `Ngành Sư phạm Ngữ văn có điểm
                # chuẩn cao nhất với 28,5 điểm`; a count of another noun counts that: `có khối lượng công trình lớn
                # nhất với 41 phòng học`; an animal's classifier counts the animal: `có số lợn tiêu hủy lớn nhất với
                # 864 con`; an office of a place has things as the place does: `KBNN Hải Lăng có số khoản chi bị từ
                # chối nhiều nhất`; so does the place a sentence calls one: `TP Nha Trang vẫn là địa phương có số ca
                # mắc cao nhất với`)
                return what or None
        companion = _COMPANION_NAME.search(before) if d.kind != "percent" and "với" in before else None
        named = _clean_pre(companion.group("name")) if companion is not None else ""
        if len(_TOTAL_WORDS.sub("", named).split()) >= 2:
            # (not `với tổng số tiền khoảng 7,5 tỷ đồng`, `với tổng số 9.870 căn hộ`: a bare `tiền` or the unit alone
            # is what the clause before says it is)
            return named
        measured = _MEASURE_COMPANION.search(before) if d.kind == "measure" and "với" in before else None
        if measured is not None and not _SUM_COMPANION.search(before):
            return measured.group("name")
        bare_sum = _BARE_SUM_AFTER.search(before) if d.kind in ("money", "measure") and "với" in before and \
            _SUM_COMPANION.search(before) is None else None
        if bare_sum is not None:
            done = _AGENT_ASPECT.match(_subjects._SPACES.sub(" ", _clean_pre(before[:bare_sum.start()])).strip())
            # (not past a count, `đã hoàn thành nâng cấp 21 hồ với tổng vốn …`: the sum may be the doer's as well)
            what = done.group("verb") if done is not None and _A_NUMBER.search(done.group("verb")) is None else ""
            if len(what.split()) >= 3 and not self._only_place(what):
                # `Tỉnh đang kêu gọi đầu tư bến cảng container Cái Mép Hạ với tổng vốn khoảng 3,8 tỷ USD`: a bare sum
                # after `với` is the sum of what the clause before does
                return f"{_subjects._SPACES.sub(' ', bare_sum.group('name')).strip()} {what}"
        summed = _SUM_COMPANION.search(before) if d.kind == "money" and "với" in before else None
        if summed is not None:
            done = _AGENT_ASPECT.match(_subjects._SPACES.sub(" ", before[:summed.start("count")]).strip())
            if done is not None and not any(c.isdigit() for c in done.group("verb")):
                # `Chi cục đã xử phạt 9 cửa hàng với tổng số tiền gần 415 triệu đồng`: the sum of what was done to the
                # things counted (`tổng số tiền xử phạt`), not the doer's whole clause
                return f"{_subjects._SPACES.sub(' ', summed.group('name'))} {done.group('verb')}"
            first = _A_NUMBER.search(done.group("verb")) if done is not None else None
            things = _WITH_END.sub("", before[summed.end("count"):summed.start("name")])
            things = _subjects._SPACES.sub(" ", things).strip()
            if first is not None and first.start() > 0 and things and _LETTER.search(things):
                # `đã hỗ trợ 15 hộ xây nhà với số tiền 40 triệu đồng/hộ và 20 hộ sửa nhà với số tiền 20 triệu đồng/hộ`:
                # a later thing counted with a sum of its own shares the verb said before the first (`số tiền hỗ trợ
                # hộ sửa nhà`), not the whole clause
                verb = done.group("verb")[:first.start()].strip()
                return _subjects._SPACES.sub(" ", f"{summed.group('name')} {verb} {things}")
        holders = self._holders_of_sum(d) if d.kind == "count" and "với" in before else None
        if holders is not None:
            return holders
        if d.kind == "count" and _PARTICIPANTS.search(before):
            # `3 đợt diễn tập với sự tham gia của 24 đội và khoảng 150 chuyên gia`: who took part, counted
            return f"{d.unit} tham gia"
        if d.kind == "percent" and pre and _BARE_SHARE_VERB.fullmatch(pre):
            # `Nội dung chủ yếu liên quan đến đất đai, chiếm khoảng 72% tổng số vụ việc`: a share that a comma sets after
            # a clause is the share of what that clause names
            pre = _clean_pre(self._previous_clause(d))
        if d.kind == "percent":
            of_set = _OF_A_SET.match(self.scan, d.end, d.end + 60)
            post = self._unit_phrase_after(of_set.end() if of_set else d.end)
            if post and pre and _CLAIMED_SHARE.search(before) and not self._only_place(pre) and \
                    (_RATE_HEAD.match(pre) or (_BASE_NOUN.match(post) and len(pre.split()) <= _NAMED_CLAIM_WORDS)):
                # `Tiêm phòng vụ xuân đạt 85% kế hoạch`, `Tỷ lệ nợ xấu ở mức 1,2% tổng dư nợ`: what a claim's share is
                # a share of (a plan, a total, a population) is its base; the claim names the figure, of that base
                return f"{pre} {post}"
            if post and _MEETS_BEFORE.search(self.text, max(0, d.number.start - 24), d.number.start) is not None and \
                    _NEED_NOUN.match(post) is not None:
                # `mới đáp ứng khoảng 19,5% nhu cầu đi lại`: the share of a need that is met, the rate of meeting it
                return f"tỷ lệ đáp ứng {post}"
            given = self._given_to(d) if post else None
            if given is not None:
                # `khôi phục cấp điện cho 92% số khách hàng`: the share of those the verb is done for
                return f"{_SHARE_BASE.sub('', post)} được {given}"
            if post:
                if _SHARE_OF.search(before) and pre:
                    return f"{pre} {post}"
                reach = _REACHES.search(before)
                if reach is not None and not _CLAIM_VERB.fullmatch(reach.group("verb")):
                    # `đã kết nối đến 100% huyện`: the share of the districts it reached
                    return f"{post} {reach.group('verb')}"
                return post
            if pre and _BARE_CHANGE.fullmatch(pre):
                opened = _CHANGE_BRACKET_BEFORE.search(self.text, max(0, d.number.start - 24), d.number.start)
                if opened is not None:
                    # `Nhóm giảm mạnh nhất là hàng ăn và dịch vụ ăn uống (giảm 1,08%)`: a change in a bracket is of what
                    # stands before the bracket, not its verb
                    named = _clean_pre(self._clause_ending_at(_sentence_of(self.sentences, d.start)[0], opened.start()))
                    named = _AFTER_COPULA.split(named)[-1].strip()
                    if named and _LETTER.search(named) and not self._only_place(named):
                        return named
            return pre or _clean_pre(self._previous_clause(d)) or None
        if pre and _INDICATOR.match(pre) and _has_tail("copula", before):
            return _HEAD.sub("", pre) or pre
        on_area = _ON_AREA.search(before) if d.kind == "measure" and d.unit.lower() in _subjects.AREA_UNITS and \
            "diện" in before else None
        if on_area is not None:
            done = self._without_agent(_clean_pre(on_area.group("v")), d.unit)
            if len(done.split()) >= 2 and not self._only_place(done):   # (not the last of a list: `trồng lạc, vừng trên`)
                # `phun hóa chất diệt muỗi trên diện tích khoảng 4.870 ha`: the area something was done on
                return f"diện tích {done}"
        if d.kind == "measure" and pre and _SOME_PLACES.fullmatch(pre) and self._unit_of_measure(d.unit):
            # `Lượng mưa phổ biến 80-120 mm, một số nơi trên 200 mm`: a measure said only of some places measures what
            # the sentence measured before in its unit, there
            said = next((given for _, given in self.subjects._given_in_unit(d)
                         if given and not _SOME_PLACES.fullmatch(given)), None)
            if said:
                return f"{_subjects._SPACES.sub(' ', _COMMONLY.sub(' ', said)).strip()} {pre}"
        if d.kind == "measure" and pre:
            r = self.subjects.r
            size = r.dimension.search(pre)
            if size is not None and size.start() > 0:
                # `Tuyến đê biển Tây dài 8,5 km`: the length of the dyke; `trên khu đất rộng 3,6 ha`: the area of
                # the land (the thing is what follows the last preposition before the adjective)
                thing = pre[:size.start()].strip()
                if len(thing.split()) > _DIMENSION_THING_WORDS and " và " in thing:
                    # `Tỉnh … đẩy nhanh tiến độ dự án … và tuyến cao tốc Hữu Nghị - Chi Lăng dài 60 km`: the last of the
                    # things a long clause coordinates is the one the size is of
                    thing = thing.rsplit(" và ", 1)[1]
                inner = _LAST_PREPOSITION.search(thing)
                if inner and inner.end() < len(thing):
                    # (but not a place: `Cầu Cây Chanh tại xã Thanh Lĩnh dài 48 m` is the length of the bridge)
                    at = thing[inner.end():].strip()
                    where = _LOCALITY_NAME.fullmatch(at) or self._only_place(at)
                    thing = thing[:thing.rfind(" ", 0, inner.end() - 1)].strip() if where and inner.end() > 4 else at
                adjective = size.group('adj').lower()
                noun = "diện tích" if adjective == "rộng" and d.unit.lower() in _subjects.AREA_UNITS else \
                    r.dimension_nouns[adjective]
                return f"{noun} {thing}"
            alone = r.dimension_nouns.get(pre.lower())
            sized = self._sized_before(d, pre) if alone is not None else None
            if sized:
                return f"{alone} {sized}"
            if alone is not None and self.subjects.given:
                # `Cầu Cây Chanh dài 48 m, rộng 6,5 m`: a size said alone after another of the same thing
                g, given = self.subjects.given[-1]
                named = next((n for n in r.dimension_nouns.values() if (given or "").lower().startswith(n + " ")), None)
                if named is not None and _sentence_of(self.sentences, g.start) == _sentence_of(self.sentences, d.start):
                    return f"{alone} {given[len(named):].strip()}"
        after = self.text[d.end:d.attr_end] if d.attr_end > d.end else ""
        # (`200 đồng mỗi lít`: the denominator `mỗi` gives a price is its unit's, no word of what it measures)
        skip = _OVER_TOTAL.match(after) or (_EACH_DENOMINATOR.fullmatch(after) if "/" in d.unit else None)
        post = self._post(d.end + (skip.end() if skip else 0))
        if not post and d.kind == "count" and _SHARE_ASIDE.fullmatch(after):
            # `189/204 xã (đạt 92,6%) tổ chức cai nghiện …`, `162/175 hệ thống, chiếm 92,6%, đã triển khai …`: a share
            # said aside between the things and what they did
            goes_on = _GOES_ON.match(self.scan, d.attr_end)
            post = self._post(goes_on.end()) if goes_on is not None else ""
        if d.kind == "money":
            priced = _PRICED.fullmatch(pre) if pre and not post else None
            if priced is not None:     # `khoai tây Đà Lạt có giá 25.000 đồng/kg`: the price of the potatoes
                return f"giá {priced.group('what')}"
            fined = self._fined(d, pre) if pre and not post else None
            if fined is not None:
                return fined
            spent = self._spent_on(d, pre) if pre and not post else None
            named = spent or post or pre or None
            paid = self._paid_by_body(pre) if pre and named == pre else None
            if paid is not None:
                return paid
            if named is not None and _BARE_COLLECTED.fullmatch(named) and not _REVENUE_REACHES.search(before):
                # `Đấu giá thành công 42 lô đất, thu hơn 312 tỷ đồng`: the money collected (not the revenue that reaches
                # an amount, `phấn đấu thu đạt 14.000 tỷ đồng`, the budget's)
                return f"tiền {named}"
            return named
        unit = d.unit
        given = self._given_to(d) if d.kind == "count" and d.whole is None and \
            not _breakdown_after(self.scan, d.end) else None
        if given is not None:
            # `Trạm đã tổ chức 45 lớp tập huấn cho 1.350 lượt nông dân`: whom a verb is done for, counted, are the ones
            # it is done to (`lượt nông dân được tập huấn`)
            return f"{_counted_as(unit, post) if post else unit} được {given}"
        if not post and d.whole is not None:
            # `trong đó 300 thẻ cho trẻ em dưới 6 tuổi`, `120 hộ ở vùng lũ quét`, `61 vụ ngộ độc (24 vụ do vi sinh vật`:
            # what sets a part apart from its whole, of the whole's noun when the part says it short
            # (said before its attributes, `có 53 vụ do sự cố thiết bị điện, chiếm 61,6%`, or after them)
            qualifier = _PART_QUALIFIER.match(self.text, d.end)
            if qualifier is None and d.attr_end > d.end:
                qualifier = _PART_QUALIFIER.match(self.text, d.attr_end)
            post = _subjects._SPACES.sub(" ", qualifier.group("q")).strip() if qualifier else ""
            if post and d.whole.unit.lower().startswith(d.unit.lower() + " "):
                unit = d.whole.unit
        elif not post and d.kind == "count":
            # `xảy ra 12 vụ cháy do chập điện`, `tiếp nhận 176 nạn nhân do phía bạn trao trả`: things counted by who did
            # them or what caused them (after a share or a sum, `do` gives the reason for it, no part of its name)
            qualifier = _PART_QUALIFIER.match(self.text, d.end)
            post = _subjects._SPACES.sub(" ", qualifier.group("q")).strip() if qualifier is not None and \
                qualifier.group("q")[:3].lower() == "do " and not _CAUSE_CLAUSE.match(qualifier.group("q")) else ""
        per = _NOUN_PER.match(post) if post and d.kind == "measure" and "/" in d.unit and \
            "/" not in self.text[d.number.start:d.end] and self._unit_of_measure(d.unit) else None
        if per is not None and d.unit.lower().endswith("/" + per.group("per").lower()):
            # `khoảng 180.000 m3 nước thải/ngày đêm`: the thing measured, said between the unit and what it is per
            return _subjects._SPACES.sub(" ", f"{per.group('noun')} {per.group('rest')}").strip()
        if post and d.kind == "measure" and self._unit_of_measure(d.unit) and d.whole is None and "/" not in d.unit \
                and d.unit.lower() not in _TIME_UNITS and not post.lower().startswith(d.unit.lower()) and _LETTER.match(post):
            handled = _HANDLED_BY.search(pre) if pre and not _PREPOSITION_END.search(before) else None
            if handled is not None and handled.group("v").lower() not in post.lower():
                # `khai thác 7,6 triệu m³ đá`, `thu giữ 186,5 kg heroin`: what is weighed, and what was done to it
                return f"{post} {_subjects._SPACES.sub(' ', handled.group('v')).strip()}"
            return post     # `5.860 tấn chè`, `186,5 kg heroin`: what is weighed or poured, without its unit
        if post:
            named = _counted_as(unit, post)
            drew = _DRAWS.fullmatch(pre) if d.kind == "count" and pre else None
            event = _EVENT_TIME.sub("", drew.group("event")) if drew is not None else ""
            if event and len(event.split()) <= _EVENT_WORDS and not _NOT_AN_EVENT.search(event) and \
                    not self._only_place(event):
                # `Hội thi gói bánh chưng thu hút 26 đội tham gia`: who took part, and in what (the event that drew
                # them, named short: not a doer's plan, `Ban Tổ chức dự kiến sự kiện`, nor who held it, `… do Thư viện
                # tổ chức`)
                return f"{named} {event}"
            if d.kind == "count" and pre and d.whole is None and not _PREPOSITION_END.search(before) and \
                    not _breakdown_after(self.scan, d.end):
                verb = self._without_agent(pre, d.unit)
                if verb != pre and len(verb.split()) <= _VERB_WORDS and verb.islower() and \
                        not _LIGHT_VERB_BEFORE.search(verb) and \
                        not self.subjects.r.heads.search(verb) and verb.lower() not in named.lower():
                    # `Chúng tôi đã lắp đặt 320 nhà chờ xe buýt`: what is counted and what was done to it (the verb of
                    # its doer, said before it); not a whole its parts follow (`trao giải cho 10 gian hàng đẹp, trong
                    # đó 1 giải Nhất`), whose subject they share; not after a preposition (`đào tạo cho 12.500 người từ 60
                    # tuổi trở lên` reads `cho` first, in _given_to)
                    return f"{named} {verb}"
            return named
        top = _TOP_WITH.search(before) if d.kind == "count" and "nhất" in before and "có" not in before.split() else None
        if top is not None:
            ranked = _clean_pre(before[:top.start()])
            if ranked and not self._only_place(ranked) and self.subjects._strip_places(ranked) == ranked and (
                    d.unit.lower() in ranked.lower() or d.unit.lower() in _CLASSIFIERS or
                    (_people(d.unit) and _people(ranked))):
                # `hướng dẫn viên sử dụng tiếng Anh chiếm tỷ lệ cao nhất với 12.460 người`: what the clause names is
                # counted, the superlative ranks it
                return ranked
        listed = _NUMBER_NOT_AGE.search(self._uncited(d.number.start - len(before), d.number.start)) is not None
        own = _OWN_NAME.search(before) if listed else None
        if own is not None:
            # an item of a list that names itself after the last one (`… 12,4 nghìn doanh nghiệp và tổng số lao
            # động đăng ký 79,6 nghìn lao động`)
            return _HEAD.sub("", _clean_pre(own.group("name"))) or None
        if pre and self._opens_with_place(d.number.start - len(before), d.number.start) and \
                not ("phấn" in before and _PLAN_CUE.match(before)):
            # `Thành phố Đà Lạt vẫn là điểm đến chính với 4,1 triệu lượt khách`: what the clause says is said of
            # the place, not of what the figure counts; but what the place has (`mỏ đá tại xã Hà Lĩnh, huyện Hà Trung
            # có trữ lượng được phê duyệt 2.450.000 m3`) is what the figure measures; and what a place plans (`Bình
            # Định phấn đấu có trung tâm dữ liệu dự phòng với dung lượng 2 PB`) is what _clean_words left of the plan
            had = _HAS_A.search(pre) if d.kind != "count" else None
            return _clean_pre(had.group("what")) if had is not None else d.unit or None
        own_label = _OWN_ITEM_LABEL.search(self.text, max(0, d.number.start - 60), d.number.start) if listed else None
        if own_label is not None and not self._opens_with_place(own_label.start("l"), own_label.end("l")) \
                and not _NOT_A_LABEL.search(own_label.group("l")):
            # `công nghiệp 120 doanh nghiệp, dịch vụ 200 doanh nghiệp`, `trung cấp 780 học viên và sơ cấp 750 học viên`:
            # an item of a list labelled before its number is what its label says
            listed, pre = False, own_label.group("l")
        if listed:
            # an item of a list (`11 bộ, ngành, 4 doanh nghiệp và 14 địa phương`): the list's own lead
            s, _ = _sentence_of(self.sentences, d.start)
            head = self.text[s:d.number.start]
            # (the quotation a colon opens starts with its mark: `cho biết: "Thành phố …`; so do a speaker's words
            # after `cho biết,`)
            head = _SAID_COMMA.split(_COLON.split(head)[-1])[-1].lstrip(' "“')
            # (a clause that opens the sentence by what it carries out or when, `Thực hiện Nghị quyết số 10-NQ/TU …, tỉnh
            # … có 20.000 buồng và 1.500 cơ sở`, `Trước khi bão đổ bộ, …`, leads no item)
            head = _OPENING_ADVERBIAL.sub("", head, count=1)
            head_start = d.number.start - len(head)
            # (not `ngày 15/4/2024`; nor a digit in a name, `BOD5`, `PM2.5`: a number of its own)
            digit = _NUMBER_OPENS.search(self._uncited(head_start, head_start + len(head)))
            head = self._past_period(head_start + (digit.start() if digit else len(head)),
                                     head[:digit.start()] if digit else head)
            head_start = (digit.start() if digit else len(head)) + head_start - len(head)
            pre = "" if self._opens_with_place(head_start, head_start + len(head)) else _clean_pre(head)
        opened = _BRACKET_BEFORE.search(self.text, max(0, d.number.start - 16), d.number.start) if not pre else None
        if opened is not None:
            # `do chập điện (12 vụ)`, `thị trường Nhật Bản (5.120 lao động)`: a count that opens a bracket counts
            # the items named right before it
            marks = self._marks_in(max(0, opened.start() - 60), opened.start())
            after_place = bool(marks) and not self.text[marks[-1].end:opened.start()].strip()
            named = _clean_pre(self._clause_ending_at(_sentence_of(self.sentences, opened.start())[0],
                                                      opened.start())) if not after_place else ""
            named = _AFTER_COPULA.split(named)[-1].strip()   # (`Nguyên nhân chủ yếu là do chập điện (12 vụ)`)
            close = self.text.find(")", opened.end())
            listing = close >= 0 and _LIST_MARK.search(self.text, opened.end(), close) is not None
            if named and not self._only_place(named) and not listing:
                pre = named     # (not after a place: `Nông Cống (1.240 người)` is an item of a list of places; not
                #                 a bracket that lists parts: `130 huy chương (42 huy chương vàng, 40 …)`)
        if pre and d.kind == "measure" and (self._unit_of_measure(d.unit) or d.unit.lower() in _TEMPERATURE_UNITS):
            return pre      # `Lượng mưa đạt 350 mm`, `Nhiệt độ thấp nhất là 2,8°C`: a unit of measure names no thing
        if pre and d.kind == "count" and (light := _LIGHT_VERB_BEFORE.search(pre)):
            # `Cục Quản lý thị trường tỉnh tổ chức 14 đợt thanh tra`: a light verb says nothing of what is counted, nor
            # does whoever did it
            if d.unit and len(d.unit.split()) == 1 and "thực" in light.group().lower() and \
                    _DONE_RIGHT_BEFORE.search(self.text, max(0, d.number.start - 40), d.number.start) is not None:
                # (but for a bare count of acts right after `thực hiện`, which counts the acts done: `Bệnh viện đã
                # thực hiện 87 ca`, `Đội tàu thực hiện 1.128 chuyến`)
                return f"{d.unit} thực hiện"
            return d.unit or None
        if pre and d.kind == "count":
            harmed = _HARMED.fullmatch(pre)
            if harmed is not None:
                # (`lũ quét làm chết 3 người`: what did it, said before the verb)
                if harmed.group("cause") is None:
                    return self._harmed_by(d, harmed.group("v"))
                verb = _subjects._SPACES.sub(" ", harmed.group("v"))
                return f"{d.unit} {verb} do {_subjects._lower_first(harmed.group('cause'))}"
            opening = _OPENING_ADVERBIALS.match(pre) if "," in pre else None
            if opening is not None and opening.end() < len(pre):
                # `Đáng chú ý, trong 8 tháng năm 2024, thành phố đã khởi công 2.150 căn`: the adverbials that open the
                # sentence, each before its comma, are said of the sentence, not of what is counted
                pre = _clean_pre(pre[opening.end():])
            pre = self._without_agent(pre, d.unit)
        return _counted_as(d.unit, pre) if pre else d.unit or None

    def _harmed_by(self, d: Draft, verb: str) -> str:
        """`xảy ra 312 vụ tai nạn giao thông, …; làm chết 118 người; bị thương 241 người`: the people an incident killed
        or hurt, counted by what happened to them (`người chết`, not `người làm chết`), and by what did it when its
        sentence counted it just before (`người chết do tai nạn giao thông`)."""
        what = f"{d.unit} {_subjects._SPACES.sub(' ', verb)}"
        sentence = _sentence_of(self.sentences, d.start)
        for before, subject in reversed(self.subjects.given[-_HARM_LOOKBACK:]):
            if _sentence_of(self.sentences, before.start) != sentence:
                break
            if before.unit.split(" ", 1)[0].lower() != "vụ":
                continue
            named = before.unit if " " in before.unit else subject or ""
            cause = _INCIDENT.match(named)
            if cause is not None:
                return f"{what} do {_HAPPENED.sub('', named[cause.end():]).strip()}"
        return what

    def _fined(self, d: Draft, pre: str) -> str | None:
        """`Cơ sở kinh doanh giò chả tại tổ 5, phường Trần Lãm bị phạt 12,5 triệu đồng`: a sum one is fined is the fine
        (`tiền phạt`, `tiền xử phạt`) of the one fined, named before `tại` and its address; else None."""
        m = _FINED.search(pre)
        if m is None:
            return None
        s = _sentence_of(self.sentences, d.start)[0]
        whole = self.text[s:d.number.start]
        who = whole[:whole.rfind(m.group("verb"))]
        who = _AT_ADDRESS.split(who, maxsplit=1)[0]
        who = _LEAD.sub("", _EXAMPLE_OPENING.sub("", who.split(";")[-1]).strip(" ,")).strip(" ,")   # (not `Năm 2024,`)
        who = who.rsplit(" là ", 1)[-1]     # (`Trường hợp bị phạt nặng nhất là một công ty …`: the one it is)
        if not who or not _LETTER.search(who):
            return None
        verb = " ".join(m.group("verb").split()[1:])
        return _subjects._SPACES.sub(" ", f"tiền {verb} {who}")

    def _spent_on(self, d: Draft, pre: str) -> str | None:
        """`tỉnh đã hỗ trợ 12,6 tỷ đồng cho các cơ sở chăn nuôi …`, `UBND tỉnh đã trích 15 tỷ đồng từ ngân sách dự phòng
        để hỗ trợ khắc phục hậu quả`, `huyện cần khoảng 120 tỷ đồng để đầu tư …`: a sum a doer spends or needs is named
        by the verb and by what it is for (`cho …`, `để …`, `từ … để …`), said after it, not by who spent it; else
        None."""
        m = _AGENT_ASPECT.match(pre) or _NEEDED_BY.match(pre) or self._spender(pre)
        if m is None or self.subjects.r.heads.match(m.group("agent") or ""):
            return None     # (`Vốn ngân sách đã giải ngân …`: the indicator opens the clause)
        purpose = _PURPOSE.match(self.text, d.end)
        if purpose is None:
            return None
        what = _NUMBER_WORD.sub(" ", purpose.group("p"))
        return _subjects._SPACES.sub(" ", f"{m.group('verb')} {what}").strip()

    @staticmethod
    def _paid_by_body(pre: str) -> str | None:
        """`huyện đã giải ngân 42 tỷ đồng`, `UBND tỉnh đã trích 15 tỷ đồng`, `Ban Vận động cứu trợ huyện đã phân bổ …`:
        a sum a body or a place spends, collects or raises, said with nothing after it, is the money of that act (`vốn
        đã giải ngân`, `kinh phí đã trích`, `tiền đã vận động`), not the body's; else None."""
        m = _AGENT_ASPECT.match(pre)
        if m is None:
            return None
        agent, verb = m.group("agent"), m.group("verb")
        if not (_BODY.fullmatch(agent) or _OFFICE.match(agent) or _PLURAL.match(agent)) or \
                any(c.isdigit() for c in verb):
            return None
        noun = next((noun for noun, verbs in _MONEY_OF_VERB if verbs.fullmatch(verb)), None)
        if noun is None:
            return None
        aspect = _subjects._SPACES.sub(" ", pre[m.end("agent"):m.start("verb")]).strip()
        return _subjects._SPACES.sub(" ", f"{noun} {aspect} {verb}")

    def _holders_of_sum(self, d: Draft) -> str | None:
        """`Tổng dư nợ … đạt 5.764 tỷ đồng với 98.350 khách hàng`: a count right after `với` that follows a sum or a
        quantity counts those who hold that sum, a debt or a capital (`khách hàng dư nợ …`), or what its own words after
        it say; else None. (After a count, [members] of subjects.toml reads it.)"""
        earlier = next(iter(self.subjects._given_in_sentence(d)), None)
        if earlier is None or earlier[0].kind not in ("money", "measure") or not earlier[1]:
            return None
        g, said = earlier
        if _WITH_COUNT.fullmatch(self.text, max(g.end, g.attr_end), d.number.start) is None:
            return None
        post = self._post(d.end)
        if post:
            return _counted_as(d.unit, post)    # (`… 1,2 tỷ USD với 450 doanh nghiệp tham gia`: they say what they are)
        indicator = _TOTAL_WORDS.sub("", said).strip()
        if not _HELD_SUM.match(indicator):
            # (`kim ngạch … với 176.520 tờ khai`, `công suất 138 MW với 46 tua-bin`: what the count is of is no holder
            # of the sum or the quantity, and the clause before names that figure, not this one)
            return d.unit
        if len(indicator.split()) < 3:
            return None     # (a bare `dư nợ` names no more than the clause does)
        return f"{d.unit} {indicator[:1].lower()}{indicator[1:]}"

    @staticmethod
    def _spender(pre: str) -> regex.Match[str] | None:
        """`Nhà trường dành`, `Ngân sách tỉnh bố trí`: a doer that spends, said with its verb of spending and no aspect
        word; None for one that receives (`Mỗi hộ được hỗ trợ`), a verb phrase (`đã chi hỗ trợ`) or a doer with a name
        (`Quỹ Nhi đồng Liên hợp quốc hỗ trợ`: who gave is part of what the sum is)."""
        m = _SPENDS.match(pre)
        if m is None or _PASSIVE_OR_ASPECT.search(m.group("agent")) or _NAMED.search(m.group("agent"), 1):
            return None
        return m

    def _given_to(self, d: Draft) -> str | None:
        """The verb a count is the beneficiary of, said right before `cho` (`đào tạo nghề cho hơn 2.000 lao động`:
        `đào tạo nghề`), without its doer, its aspect word or a light verb (`tổ chức`, `thực hiện`); None when `cho` is
        the verb itself (`đã cho 120 hộ vay`), or when a figure before it in its clause is the verb's object."""
        start = max(self._clause_before_start(d), d.number.start - _GIVEN_REACH)
        earlier = next((g for g, _ in reversed(self.subjects.given) if g.start < d.start), None)
        if earlier is not None and earlier.end > start:
            event = _EVENTS_FOR.fullmatch(self.text, earlier.number.end, d.number.start) or \
                _PURPOSE_FOR.fullmatch(self.text, earlier.end, d.number.start)
            if event is not None:
                # `tổ chức 45 lớp tập huấn cho 1.350 lượt nông dân`: the events counted before say what is done for them;
                # so does the purpose of what was counted (`xuất cấp 1.500 tấn gạo … để hỗ trợ cho 24.630 hộ`)
                return _subjects._SPACES.sub(" ", event.group("v"))
            return None     # `thu hồi 1.870 ha đất cho 142 dự án`: the verb's object is another figure; this one is what
            #                 it is for
        m = _GIVEN_TO.search(self.text, start, d.number.start)
        if m is None:
            return None
        parts = _AUX_BEFORE_VERB.split(m.group("v"))
        words = _LIGHT_VERB.sub("", parts[-1]).split()
        if len(parts) == 1:
            # (no aspect word parts the doer from the verb: a doer named with a capital goes on in small letters,
            # `Trung tâm đào tạo nghề cho`, and the verb is said in its last words; after a period or a figure, `6
            # tháng đầu năm các bệnh viện khám cho`, the words are the period's and the doer's as much as the verb's)
            if _CAPITALISED_BEFORE.search(self.text, max(0, m.start() - 20), m.start()):
                words = words[1:]
            elif _NUMBER_BEFORE.search(self.text, max(0, m.start() - 20), m.start()):
                return None
            words = words[-_GIVEN_WORDS:]
        verb = " ".join(words)
        return verb if verb and _LETTER.search(verb) else None

    def _clause_before_start(self, d: Draft) -> int:
        """Where the clause of ``d`` starts (after the last `;`, `:` or bracket before its number)."""
        s = _sentence_of(self.sentences, d.start)[0]
        found = _CLAUSE_MARK_BEFORE.search(self.text, max(s, d.number.start - _GIVEN_REACH), d.number.start)
        return found.end() if found is not None else s

    def _without_agent(self, pre: str, unit: str) -> str:
        """`các địa phương trong tỉnh đã sơ tán 12.436 hộ`: before a count that is the object of its verb, who did
        it (the words before an aspect word: `đã`, `đang`, `vừa` …) names no part of what is counted; the verb does
        (`hộ sơ tán`), when the doer is many (`các …`) or said at length, without a name, or is a public office that
        handles them (`Trung tâm Phục vụ hành chính công tỉnh … đã tiếp nhận`) unless it hosts or keeps them. Not an
        indicator that opens the clause (`Số hộ đã thoát nghèo là …`) nor the counted noun itself (`hộ dân đã được hỗ
        trợ`)."""
        m = _AGENT_ASPECT.match(pre)
        if m is None or self.subjects.r.heads.match(m.group("agent")) or _names_unit(m.group("agent"), unit):
            return pre
        agent, verb = m.group("agent"), m.group("verb")
        if _BODY.fullmatch(agent) and not any(c.isdigit() for c in verb):
            return verb     # `Tỉnh đã huy động 2.150 cán bộ`, `Ban Tổ chức đã khen thưởng 35 tập thể`: a body, not named
        # (doers joined by `và` are each said by their kind, `Công an tỉnh và Công an cấp huyện`: the capital that opens
        # the second is no name)
        named = any(_NAMED.search(part, 1) for part in _AND_SPLIT.split(agent))
        if "," in agent or any(c.isdigit() for c in verb) or \
                (named and not _PLURAL.match(agent) and not (_OFFICE.match(agent) and not _HOSTS.match(verb))) or \
                (len(agent.split()) < 3 and not _PLURAL.match(agent)):
            # (a topic before the doer, `Riêng đào tạo nghề cho lao động nông thôn, tỉnh đã hỗ trợ`; a verb whose
            # object is another figure; a doer with a name, `Khu kinh tế Nghi Sơn … thu hút thêm`, or in few words,
            # `Trung tâm đang giải quyết`: how the figure is known)
            return pre
        return verb

    def _unit_of_measure(self, unit: str) -> bool:
        """Whether ``unit`` (its numerator: `g` of `g/l`) is a unit of measure that names no thing: not an area
        (`ha bắp` is `diện tích bắp`), a score or a temperature (:data:`_NAMING_UNITS`), or a noun counted per
        something (`lượt khách/ngày`)."""
        from .figures import rules
        info = rules(self.patterns).unit_info
        numerator = unit.split("/")[0].strip().lower()
        kind = info.get(unit.lower(), info.get(numerator, ("count",)))[0]
        return numerator not in _subjects.AREA_UNITS and numerator not in _NAMING_UNITS and kind == "measure"

    def _past_period(self, end: int, phrase: str) -> str:
        """``phrase`` (the text ending at ``end``) without the period phrase and topic that open it: `9 tháng toàn
        tỉnh tạo việc làm mới cho`, `Từ đầu năm đến ngày 15/4/2024, bệnh … xảy ra tại`, `Về xã hội, …` say when and
        of what part of the report, not what is counted."""
        start = end - len(phrase)
        topic = _TOPIC.match(phrase)
        pos = start + (topic.end() if topic else len(phrase) - len(phrase.lstrip()))
        j = bisect.bisect_left(self._all_period_starts, pos)
        if j < len(self.periods) and self.periods[j].start == pos and self.periods[j].end < end:
            pos = self.periods[j].end
            pos += len(self.text[pos:end]) - len(self.text[pos:end].lstrip(" ,"))
        return self.text[pos:end] if pos > start else phrase

    def _uncited(self, start: int, end: int) -> str:
        """:meth:`_undated`, with the numbers of cited documents blanked too (`Thực hiện Nghị quyết số 20-NQ/TW của Hội
        nghị Trung ương 5 khóa XIII, …`): a citation is no figure of a list."""
        text = self._undated(start, end)
        return _CITED_NUMBER.sub(lambda m: " " * len(m.group()), text) if _DIGIT.search(text) else text

    def _undated(self, start: int, end: int) -> str:
        """The text [start, end) with the period phrases in it blanked (same length): their numbers are dates."""
        j = bisect.bisect_left(self._all_period_starts, start)
        k = bisect.bisect_left(self._all_period_starts, end)
        if j == k:
            return self.text[start:end]
        chars = list(self.text[start:end])
        for m in self.periods[j:k]:
            for i in range(m.start, min(m.end, end)):
                chars[i - start] = " "
        return "".join(chars)

    def _only_place(self, phrase: str) -> bool:
        return bool(_places.canonical(phrase.strip(), patterns=self.patterns, districts=True))

    def _opens_with_place(self, start: int, end: int) -> bool:
        """Whether the clause [start, end) opens with a place name (its subject is the place)."""
        marks = self._marks_in(start, end)
        return bool(marks) and not _NOT_SPACE_OR_PREFIX.search(self.text, start, marks[0].start)

    def _unit_phrase_after(self, pos: int) -> str:
        """`100% bộ, ngành, địa phương đã …`: a known unit phrase kept whole, then its modifiers; nouns of one
        class coordinated after it stay with it (`100% các sở, ban, ngành và địa phương`). Nothing when the next
        percent follows at once (`5% 7% 3%`, `12,3%, 4,5%`: a figure-dense list names nothing there)."""
        if _NEXT_PERCENT.match(self.scan, pos, pos + 24) is not None:
            return ""
        from .figures import _unit_at, rules
        u = _unit_at(self.text, self.scan, pos, rules(self.patterns), allow_segment=False)
        if u and u.kind == "count" and u.rule == "phrases":
            # (nouns of its class coordinated after it stay with it: `100% cán bộ, giáo viên đã nhận lương mới`)
            more = self.subjects.r.coordinated.match(self.scan, u.end, u.end + _subjects._NEAR)
            end = more.end() if more is not None else u.end
            rest = self._post(end) if not _PUNCT_NEXT.match(self.text[end:end + 2]) else ""
            return _subjects._SPACES.sub(" ", f"{self.text[u.start:end]} {rest}").strip()
        post = self._post(pos)
        if post.startswith("là "):
            return ""       # (`khoảng 64% là học sinh tỉnh Bình Định`: what the share is, said of a set named before)
        head = _DETERMINER_AT.match(self.scan, pos, pos + 30)
        start = head.end() if head else pos
        first = post.split(" ", 1)[0] if post else ""
        if first and self.scan.startswith(first, start):
            more = self.subjects.r.coordinated.match(self.scan, start + len(first), start + len(first) + _subjects._NEAR)
            if more is not None and self.subjects.r.coordinated_before.search(self.scan, start, start + len(first)):
                return _subjects._SPACES.sub(" ", self.text[start:more.end()]).strip()
        return post

    def _previous_clause(self, d: Draft) -> str:
        """The last clause but one of the sentence up to ``d`` (what ``_CLAUSE_BREAK.split`` of that text gives
        second to last, blank pieces dropped), from the sentence's breaks found once (figure-dense lines)."""
        s, e = _sentence_of(self.sentences, d.start)
        return _second_last_clause(*self._sentence_breaks(s, e), d.number.start - s)

    def _sentence_breaks(self, s: int, e: int) -> tuple[str, list[tuple[int, int]], list[int]]:
        key = (s, e)
        found = self._breaks.get(key)
        if found is None:
            sentence = self.text[s:e]
            spans = [m.span() for m in _CLAUSE_BREAK.finditer(sentence)]
            found = self._breaks[key] = (sentence, spans, [a for a, _ in spans])
        return found

    def _rank_subject(self, d: Draft, pre: str) -> str | None:
        # (`Chỉ số PCI tụt 5 bậc, xuống thứ 33`: the clause before, without the verb of the move the rank takes)
        pre = _MOVE_VERB_END.sub("", pre or _clean_pre(self._previous_clause(d)))
        after = self._clause_after(d.end)
        m = _ABOUT.search(after)
        if m:
            return _clean_post(m.group(1))
        s, e = _sentence_of(self.sentences, d.start)
        # (read to the clause's comma, numbers and all: `trong Khối thi đua số 2 của …`)
        standing = _STANDING_AFTER.match(_BEFORE_BREAK.match(self.text, d.end, e).group())
        if standing is not None and (standing.group("all") or not pre or not pre[:1].islower()):
            # `xếp thứ 5 toàn đoàn`, `TAND tỉnh đứng thứ 3 trong Khối thi đua số 2`: a standing among the teams or in a
            # group of bodies ranks the one who stands there, which names no indicator
            return f"xếp hạng {_subjects._SPACES.sub(' ', standing.group('s')).strip()}"
        idx = list(_INDEX_NAME.finditer(self.text[s:d.number.start]))
        if idx:
            return _MOVE_VERB_END.sub("", idx[-1].group().strip())
        heading = _STANDING_HEADING.match(self.text, s, d.number.start) if not pre or self._only_place(pre) else None
        if heading is not None:
            # `Kết quả toàn đoàn, huyện Lục Ngạn xếp thứ Nhất, TP Bắc Giang xếp thứ 2`: the standing the sentence
            # opens with
            return f"xếp hạng {heading.group('s').lower()}"
        return pre or None


#: A clause break found in a whole sentence is one in any prefix of it that ends this far after the break's
#: start (a break is a few characters and looks one character around it): only the last ones are searched again.
_BREAK_MARGIN = 16


#: a street as where a sentence happens (`Trên đường Nguyễn Đình Chiểu`, `Trên các tuyến phố`)
_ON_STREET = r"[Tt]rên\s+(?:các\s+)?(?:tuyến\s+)?(?:đường|phố)"
#: the speaker said before a quote that opens on where it speaks of (`Ông Tuấn cho biết: "Riêng tại TP Biên Hòa, …`)
_QUOTE_LEAD = r"(?:[^.:;\"“”\n]{0,100}?(?<!\w)(?:cho\s+biết|cho\s+hay|nói|chia\s+sẻ|khẳng\s+định|thông\s+tin)[^\S\n]*:[^\S\n]*[\"“][^\S\n]*)?"
#: a paper's tag in brackets and its dash, before what a paragraph opens with (after an agency's dateline: `Hải Phòng,
#: 21/3 (TTXVN) - Ngày 21/3, tại Khu công nghiệp Nam Đình Vũ (quận Hải An), …`)
_TAG_OPENING = r"(?:" + _DATELINE_HEAD + _BRACKETED_TAG + r"[^\S\n]*[-–—][^\S\n]*)?"
#: what may stand before a place that is the sentence's own: an adverbial that opens the sentence with it (`Tại thành
#: phố Biên Hòa,`, `Riêng huyện Thạch Hà,`, `Đối với huyện Can Lộc,`), or nothing (`Huyện Vũ Quang là địa phương có
#: tỷ lệ hộ nghèo cao nhất, ở mức 9,5%`: the place the sentence is about, past its commas)
_OPENING_PLACE = lazyre.compile(r"\s*(?:[-–•+*][^\S\n]*)?" + _TAG_OPENING + _QUOTE_LEAD +
                            # (a connective first: `Ngược lại, huyện Tương Dương có …`)
                            # (or the source: `Theo Sở Nông nghiệp và Phát triển nông thôn, trên địa bàn huyện Văn Yên, …`)
                            # (or a time that sets the scene: `Những ngày này, trên cánh đồng ấp 3, …`)
                            r"(?:(?:[Nn]gược\s+lại|[Tt]rong\s+khi\s+đó|[Bb]ên\s+cạnh\s+đó|[Đđ]ặc\s+biệt|[Đđ]iển\s+hình|"
                            r"[Đđ]áng\s+chú\s+ý|[Cc]ụ\s+thể|[Nn]goài\s+ra|[Tt]ương\s+tự|"
                            r"[Nn]hững\s+ngày\s+(?:này|qua)|[Tt]hời\s+điểm\s+này|[Hh]iện\s+nay|[Nn]ăm\s+\d{4}|"
                            r"[Tt]heo\s+[^,;:.()\d\n]{3,80}),\s*)?"
                            # (and the day of the event: `Điển hình, ngày 15/8/2023, tại bản …`)
                            r"(?:(?:[Nn]gày|[Đđ]êm|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\s+(?:ngày\s+)?"
                            r"\d{1,2}/\d{1,2}(?:/\d{4})?,\s*)?"
                            r"(?:(?:[Rr]iêng|[Đđ]ối\s+với|[Cc]òn)\s+(?:(?:khu\s+vực|địa\s+bàn|tại|ở)\s+)?"
                            # (`Ghi nhận tại các đại lý vật tư nông nghiệp ở huyện Châu Thành, giá …`: where the
                            # reporter looked)
                            r"|(?:(?:(?:[Rr]iêng|(?:[Tt]heo\s+)?(?:[Gg]hi\s+nhận|[Kk]hảo\s+sát))\s+)?"
                            # (or the street: `Trên đường Nguyễn Đình Chiểu, quận 3, nơi tập trung nhiều tiệm may, …`)
                            r"(?:[Tt]ại|Ở|ở|[Tt]rên\s+địa\s+bàn|[Tt]rên\s+(?:các\s+)?(?:cánh\s+)?đồng|" + _ON_STREET + r")\s+"
                            # (`Tại bản Nà Sài, xã Long Hẹ, huyện …`: a hamlet and a commune before the district)
                            r"(?:(?:bản|thôn|xóm|ấp|buôn|làng|khóm|tổ\s+dân\s+phố|khu\s+phố)\s+"
                            r"(?:[\p{L}\d]+\s+){0,3}[\p{L}\d]+,\s*)?"
                            # (`Tại nhà máy của Công ty cổ phần … Cửu Long ở quận Ô Môn, …`: a site of a firm, where it
                            # is)
                            # (or the firm itself: `Tại Công ty cổ phần Sợi chỉ Hùng Lâm ở huyện Phù Ninh, …`)
                            r"(?:(?:\p{L}+\s+){1,4}của\s+(?:\p{L}+\s+){1,10}(?:ở|tại)\s+|"
                            r"(?:[Cc]ông\s+ty|HTX|[Hh]ợp\s+tác\s+xã)\s+[^,;:.()\d\n]{1,80}?\s(?:ở|tại)\s+)?"
                            # (`Tại xã Long Hiệp, huyện Trà Cú, …`: a commune, then its district; `Tại bến đò An Hiệp -
                            # Tân Bình (huyện Châu Thành), …`: a site named by both its banks)
                            # (a commune numbered after its name: `xã Hòa Tú 1, huyện Mỹ Xuyên`)
                            # (a site's road in brackets before its district: `Tại Cụm công nghiệp Quỳnh Côi (Quốc lộ 10),
                            # huyện Quỳnh Phụ, …`)
                            # (or a firm's park, then its district, in brackets: `Tại Công ty TNHH … Thái Sơn (KCN Phố Nối A,
                            # thị xã Mỹ Hào), …`)
                            r"(?:(?:(?:\p{L}+|[-–])\s+){1,12}\((?:KCN|CCN|[Kk]hu\s+công\s+nghiệp|[Cc]ụm\s+công\s+nghiệp)"
                            r"[^(),;\n]{1,30},[^\S\n]*"
                            # (or a shop at its street address, then its district: `Tại cửa hàng Kính mắt Hải Vân ở số
                            # 112 Nguyễn Văn Linh, quận Thanh Khê, …`)
                            r"|(?:(?:\p{L}+|[-–])\s+){1,12}(?:ở|tại)\s+(?:số\s+)?\d{1,4}[A-Za-z]?(?:/\d{1,4})?\s+"
                            r"(?:\p{Lu}\p{L}*\s+){1,5}?\p{Lu}\p{L}*,\s*"
                            # (a park's name with a hyphened part: `Tại Khu công nghiệp Yên Phong II-C, huyện Yên Phong,`)
                            r"|(?:(?:\p{L}+|[-–])\s+){0,8}(?:\(|\p{L}+(?:[-–][\p{L}\d]+)?(?:\s+\d{1,2})?"
                            r"(?:[^\S\n]*\([^()\n]{1,40}\))?,[^\S\n]*)?))?"
                            # (`Về thăm tổ tiết kiệm thôn Nam Hưng, xã Nam Cao (huyện Kiến Xương), …`: where the reporter
                            # went)
                            r"|(?:[Vv]ề|[Đđ]ến)\s+thăm\s+[^.;:\n]{0,100}?(?:\(|,[^\S\n]*|\s))")
#: a paragraph that opens with where (`Tại thành phố Hội An,`, `- Ở huyện Ba Tơ,`, after a paper's tag: `(ĐNO) - Tại`),
#: and the comma that closes the place
_LOCATIVE_OPENING = lazyre.compile(r"\s*(?:[-–•+*][^\S\n]*)?" + _TAG_OPENING + _QUOTE_LEAD + r"(?:(?:Những\s+ngày\s+(?:này|qua)|Thời\s+điểm\s+này|Hiện\s+nay|"
                                   # (a year that sets the scene first: `Năm 2023, trên địa bàn thành phố Phú Quốc có …`)
                                   r"Năm\s+\d{4}),\s*)?"
                                   # (or the day of a scene in the fields: `Sáng 12/1, trên cánh đồng xã Vĩnh Hưng,
                                   # huyện Vĩnh Lợi, …`; not of a meeting, `Ngày 8/1/2024, tại Hà Nội, Bộ Y tế tổ
                                   # chức …`)
                                   r"(?:(?:Ngày|Đêm|Sáng|Chiều|Tối|Trưa)\s+(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?,\s*"
                                   # (or of a firm's event at an industrial park, where its works stand: `Ngày 21/3,
                                   # tại Khu công nghiệp Nam Đình Vũ (quận Hải An), Công ty … đã khởi công …`)
                                   r"(?=[Tt]rên\s+(?:các\s+)?(?:cánh\s+)?đồng\s|"
                                   r"[Tt]ại\s+(?:(?:[Kk]hu|[Cc]ụm)\s+công\s+nghiệp|KCN|CCN)\s))?"
                                   r"(?:Riêng\s+)?(?:[Tt]ại|Ở|[Tt]rên\s+địa\s+bàn|[Tt]rên\s+(?:các\s+)?(?:cánh\s+)?đồng|"
                                   + _ON_STREET + r"|(?:Về|Đến)\s+thăm)\s")
#: a sentence that opens on a street (`Trên đường Nguyễn Trãi (quận 5), …`): the scene of that sentence, not where the
#: sentences after it are (`Kính cận trọn bộ giá phổ biến …` is the city's price)
_STREET_OPENING = lazyre.compile(r"\s*(?:[-–•+*][^\S\n]*)?" + _ON_STREET + r"\s")
_ADVERBIAL_END = lazyre.compile(r"[^\S\n]*\)?[^\S\n]*(?:\([^()\n]{0,60}\)[^\S\n]*)?(?:,[^\S\n]*(?:tỉnh|thành\s+phố|TP\.?)[^\S\n]+\p{Lu}[^,\n]{0,30})?,")
#: what stands before a place that labels a line: a bullet, or nothing; after a bullet, the name of the place's body (`-
#: Chi cục Thi hành án dân sự thành phố Hạ Long: giải quyết xong 2.134 việc`)
#: (the place a bracket gives the bullet's name: `- Khu vực Hòn Gai (TP Hạ Long): 9.610 lượt`)
_BULLET_OPENING = lazyre.compile(r"[^\S\n]*(?:[-–•+*][^\S\n]*(?:\p{Lu}[^,;:.()\d\n]{0,60}"
                                r"(?:[^\S\n]+|[^\S\n]*\([^\S\n]*))?)?")


def _names_unit(agent: str, unit: str) -> bool:
    """Whether the doer before an aspect word names the counted noun (`hộ dân đã được hỗ trợ`, `hệ thống xe đạp công
    cộng sẽ mở rộng lên 2.500 xe`), not many doers said by what they do to it (`các cơ sở đóng sửa tàu cá … đã đóng
    mới 143 tàu cá`: the noun stands after the doers' own noun and verb, :data:`_DOER_WORDS` words or more)."""
    at = agent.lower().find(unit.lower())
    if at < 0:
        return False
    plural = _PLURAL.match(agent)
    return plural is None or len(agent[plural.end():at].split()) < _DOER_WORDS


def _second_last_clause(sentence: str, spans: list[tuple[int, int]], starts: list[int], pos: int) -> str:
    """``[p for p in _CLAUSE_BREAK.split(sentence[:pos]) if p.strip()][-2]`` (or ""), given the ``spans`` of
    ``_CLAUSE_BREAK`` in the whole ``sentence`` (``starts`` theirs): linear in the clauses looked at, not in ``pos``.

    >>> text = "Năm 2023, tỉnh có 5 xã; 3 phường - 2,5% hộ nghèo, giảm"
    >>> spans = [m.span() for m in _CLAUSE_BREAK.finditer(text)]
    >>> [_second_last_clause(text, spans, [a for a, _ in spans], p) for p in (9, 30, len(text))]
    ['', ' tỉnh có 5 xã', '2,5% hộ nghèo']
    """
    i = bisect.bisect_right(starts, pos - _BREAK_MARGIN)
    resumed = spans[i - 1][1] if i else 0
    breaks = [m.span() for m in _CLAUSE_BREAK.finditer(sentence, resumed, pos)]   # the prefix's own last breaks
    found = 0
    piece_end = pos
    j = len(breaks) - 1
    while True:
        if j >= 0:
            a, b = breaks[j]
        elif i > 0:
            i -= 1
            a, b = spans[i]
        else:
            a = b = -1
        piece = sentence[max(b, 0):piece_end]
        if piece.strip():
            found += 1
            if found == 2:
                return piece
        if b < 0:
            return ""
        piece_end = a
        j -= 1


#: Every match of ``_CLAUSE_BREAK`` holds one of these characters (tests/test_speed_equivalence.py holds the
#: pattern to it): where none stands, no clause break can.
_BREAK_CHARS = ";:()[]“”\",-–"
_BREAK_CHAR_BACK = lazyre.compile("[" + regex.escape(_BREAK_CHARS) + "]", regex.REVERSE)   # the last of them


def _last_break_end(s: str) -> int:
    """The end of the last match of ``_CLAUSE_BREAK`` in ``s`` (the last of a forward scan), else 0, found by
    scanning only from the last character a break needs (:data:`_BREAK_CHARS`): a scan from a position that
    no match can straddle (neither of the two characters before it is white space: every match of two
    characters or more starts with white space and is three long) finds what the scan from the start finds
    from there on.

    >>> _last_break_end("Năm 2023, tỉnh có 5 xã; 3 phường - 2,5% hộ nghèo"), _last_break_end("không có"), _last_break_end("")
    (35, 0, 0)
    """
    limit = len(s)   # matches that start before it are the ones still looked for
    while True:
        found = _BREAK_CHAR_BACK.search(s, 0, limit)
        if found is None:
            return 0
        last = found.start()
        at = last - 1          # a match holding it starts at last - 1 at the earliest
        while at > 1 and (s[at - 1].isspace() or s[at - 2].isspace()):
            at -= 1
        if at <= 1:
            at = 0
        cut = -1
        for m in _CLAUSE_BREAK.finditer(s, at, min(len(s), limit + 8)):   # (8: what a match looks at past its start)
            if m.start() < limit:
                cut = m.end()
        if cut >= 0:
            return cut
        if at == 0:
            return 0
        limit = at


#: location's small patterns, compiled once
#: a second list of a `lần lượt` pair, said with `với` after the first (`… lần lượt xếp thứ 1, 2 và 3 toàn quốc với `)
_SECOND_LIST = lazyre.compile(r"\d[^\S\n]*(?:[\p{L}%]+[^\S\n]*){0,4}[^\S\n]với[^\S\n]", regex.IGNORECASE)
_RESPECTIVELY = lazyre.compile(r"\blần lượt\b")
#: after a list of places, up to `lần lượt`: a count of them and what they have (`Hà Nội và TP. Hồ Chí Minh là 2 địa phương
#: có nhiều trạm sạc nhất, lần lượt với …`)
_COUNTED_LIST_END = lazyre.compile(r"\s+là\s+" + _SMALL_COUNT + r"\s+" + _PLACES_COUNTED + r"[^\d;.()]{0,80}?,?\s*",
                                   regex.IGNORECASE)
#: right after `lần lượt`: a count of the places listed before it (`lần lượt là 3 địa phương`)
_COUNT_OF_THE_ITEMS = lazyre.compile(r"\s+(?:là\s+)?" + _SMALL_COUNT + r"\s+" + _PLACES_COUNTED, regex.IGNORECASE)
#: after a figure: the rest of its list of numbers, then `lần lượt là` (`2 và 3 lần lượt là`)
_FIGURES_THEN_CUE = lazyre.compile(r"(?:\s*(?:,|và)\s*(?:thứ\s+)?\d[\d.,]*)*\s*,?\s*(?P<cue>lần\s+lượt\s+là)\s*")
#: before a figure: the numbers of its list said before it (`thứ 2 và ` before 3)
_LIST_BEFORE = lazyre.compile(r"(?:\d[\d.,]*\s*(?:,|và)\s*(?:thứ\s+)?)+$")
#: before each place a `lần lượt là` lists, a word or two that names what it is (`đoàn`); between them, `,` or `và`
_PLACE_ITEM_GAP = lazyre.compile(r"\s*(?:\p{Ll}+\s+){0,2}")
_PLACE_NEXT_GAP = lazyre.compile(r"\s*(?:,|và|,\s*và)\s*(?:\p{Ll}+\s+){0,2}")
#: the words that open and join the two ends of a stretch of provinces (`từ Quảng Trị đến Bình Định`)
_STRETCH_FROM = lazyre.compile(r"(?<!\w)từ\s+(?:(?:tỉnh|thành\s+phố|TP\.?)\s+)?$", regex.IGNORECASE)
_STRETCH_TO = lazyre.compile(r"\s*(?:đến|tới|[-–])\s*(?:(?:tỉnh|thành\s+phố|TP\.?)\s+)?", regex.IGNORECASE)
#: a period said as what is so by a year (`Đến năm 2023`, `đến năm 2020`)
_BY_YEAR = lazyre.compile(r"\s*(?:cho\s+)?đến\s+năm\s+\d{4}\s*", regex.IGNORECASE)
#: the words of a plan, a target or a forecast
_PLAN_SAID = lazyre.compile(r"(?<!\w)(?:mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch|phấn\s+đấu|dự\s+kiến|định\s+hướng|quy\s+hoạch|"
                           r"chiến\s+lược|đề\s+án|nghị\s+quyết|chương\s+trình|sẽ)(?!\w)", regex.IGNORECASE)
#: between a district and the province it belongs to, said to place it: `, `, `), `, ` - `, ` (`
#: what stands before a district named bare with its province in brackets: a preposition of place, a colon, or the
#: bracket of the item before (`tại Ea H'leo (Đắk Lắk) 36,8°C, Ayun Pa (Gia Lai) 37,2°C`; not the last of a list that
#: shares one bracket, `các huyện Chư Sê, Chư Pưh và Phú Thiện (tỉnh Gia Lai)`)
_PLACE_SAID_BEFORE = lazyre.compile(r"(?:(?<!\w)(?:tại|ở|là)\s+|:\s*|\)[^()\n]{0,12}(?:,|;|và)\s*)$", regex.IGNORECASE)
_THEN_ITS_PROVINCE = lazyre.compile(r"\)?\s*[,\-–(]\s*")
_PLACES_THEN_FIGURES = lazyre.compile(r"\s*,?\s*(?:với|có|đạt)\s+", regex.IGNORECASE)
#: how far before a figure the quote it stands in may open (characters)
_QUOTE_REACH = 1500
#: the opening of a bracket at the end of the words before a figure: `(`, then a share verb or a qualifier
_BRACKET_LEAD = lazyre.compile(r"\((?:[^\S\n]*(?:chiếm|đạt|bằng|là))?(?:[^\S\n]*(?:khoảng|gần|hơn|trên|dưới|xấp\s+xỉ))?$",
                              regex.IGNORECASE)
#: between the places in brackets of named items (`HTX A (huyện Diễn Châu), HTX B (huyện Thanh Chương) và HTX C (…)`)
_BRACKETED_ITEMS_GAP = lazyre.compile(r"[^\S\n]*\)[^\S\n]*(?:,|và|,[^\S\n]*và)[^\S\n]*[^()\n;.:\d]{1,80}?\([^\S\n]*")
#: between items each placed by a bracket (`Lý Sơn (Quảng Ngãi), Côn Đảo`), and after the last of them
_PLACED_ITEMS_GAP = lazyre.compile(r"[^\S\n]*\([^()\n\d]{1,40}\)[^\S\n]*(?:,|và|,[^\S\n]*và)[^\S\n]*")
#: between two items of a list of places, the level of the next ones (`TP Bắc Giang, thị xã Việt Yên, các huyện Lạng Giang
#: và Hiệp Hòa`)
_LEVELLED_ITEMS_GAP = lazyre.compile(r"[^\S\n]*(?:,|và|,[^\S\n]*và)[^\S\n]*(?:các|hai|ba|bốn)[^\S\n]+"
                                     r"(?:(?:huyện|quận|thị[^\S\n]+xã|thành[^\S\n]+phố|xã|phường)[^\S\n]+)?")
_PLACED_LIST_END = lazyre.compile(r"[^\S\n]*\([^()\n\d]{1,40}\)[^\S\n]*,?[\s\p{L}]*,?\s*")
#: after the last of them: its bracket's close, then words (a year among them: `với doanh thu năm 2024 lần lượt`)
_BRACKETED_LIST_END = lazyre.compile(r"[^\S\n]*\)[^\S\n]*,?[\s\p{L}]*(?:(?:19|20)\d\d[\s\p{L}]*)?,?\s*")
#: (a fronted list: `Tại các huyện A và B, tỷ lệ … lần lượt`; what is ranked may hold a comma of its own: `Các huyện
#: A, B và C có số học sinh, sinh viên được vay lớn nhất, lần lượt là …`)
_WORDS_ONLY = lazyre.compile(r"\s*,?[\s\p{L}]*(?:,[\s\p{L}]+)*,?\s*")
#: (or the words and a month or quarter said with them: `tại Phú Quốc, Đà Nẵng và Nha Trang trong tháng 6 lần lượt`)
_WORDS_AND_TIME = lazyre.compile(r"\s*,?[\s\p{L}]*(?:tháng|quý|năm)\s+(?:\d{1,2}(?:/\d{4})?|[IVX]+(?:/\d{4})?|\d{4})[\s\p{L}]*,?\s*",
                                 regex.IGNORECASE)
#: (or what the places suffered, then `, với` and what the figures measure: `Các huyện A, B và C bị thiệt hại nặng nhất,
#: với số lợn tiêu hủy lần lượt là …`)
_WORDS_THEN_WITH = lazyre.compile(r"[\s\p{L}]*,\s*với\s[\s\p{L}]*", regex.IGNORECASE)
#: several units of a level named together (`các huyện Quỳnh Phụ, Hưng Hà`)
_PLURAL_LEVEL = lazyre.compile(r"(?<!\w)(?:các|những|\d+|hai|ba|bốn|sáu|bảy|tám|chín|mười)\s+$", regex.IGNORECASE)
#: `tại`/`ở` alone between a figure and a place (`2.650 ha tại huyện Thạnh Phú`)
_AT_GAP = lazyre.compile(r"[^\S\n]+(?:tại|ở)[^\S\n]+(?:(?:huyện|thị\s+xã|thành\s+phố|quận|TP\.?)[^\S\n]+)?",
                        regex.IGNORECASE)
_IS_GAP = lazyre.compile(r"\s*(?:là|thuộc về)(?:\s+(?:đoàn|đơn\s+vị|đội))?\s*")   # (`Xếp thứ 2 là đoàn thị xã Kỳ Anh`)
#: a district's own body, named as a report's source (`UBND huyện …`, `Phòng Nông nghiệp huyện …`, `Hạt Kiểm lâm …`)
_DISTRICT_BODY = lazyre.compile(r"(?<!\w)(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|Phòng|Hạt|Trung\s+tâm|"
                                r"Ban\s+Chỉ\s+huy|Công\s+an|Huyện\s+ủy|Thị\s+ủy)\s")
#: the source a sentence opens with, up to its comma (`Theo báo cáo của Sở Công Thương tỉnh Quảng Trị,`)
_OPENING_SOURCE = lazyre.compile(r"[^\S\n]*(?:[Tt]heo|[Cc]ăn\s+cứ)\s[^,;:\n]{3,120},")
#: a place named as where an event is held, before the body that holds it (`tại Hà Nội, Ủy ban Dân tộc tổ chức Hội
#: nghị …`): the text before the place and the text after it
_VENUE_BEFORE = lazyre.compile(r"(?:^|[,.:]\s*|\n)[Tt]ại\s+(?:(?:thành\s+phố|TP\.?|thủ\s+đô|[Tt]hủ\s+đô)\s+)?$")
#: an event's opening or close, or its holding, said after its name
_EVENT_HELD_AFTER = lazyre.compile(r"[^,.;\n]{0,40}?(?<!\w)(?:khai\s+mạc|bế\s+mạc|diễn\s+ra|tổ\s+chức|tổng\s+kết)(?!\w)")
#: a venue named by what it is, its name ending in a place, before the body that holds an event there (`tại Trường Phổ
#: thông Dân tộc nội trú THCS Nam Trà My, Tỉnh đoàn … tổ chức …`): the place names the venue
_VENUE_NAMED_BEFORE = lazyre.compile(r"(?:^|[,.:]\s*|\n)[Tt]ại\s+(?:Trường|Hội\s+trường|Nhà\s+văn\s+hóa|Nhà\s+văn\s+hoá|"
                                     r"Trung\s+tâm|Sân\s+vận\s+động|Nhà\s+thi\s+đấu|Cung|Khu|Công\s+viên|Quảng\s+trường|"
                                     r"Bảo\s+tàng|Khách\s+sạn|Đình|Chùa|Đền)\s[^,;.()\n]{0,80}?(?:huyện\s+|thị\s+xã\s+|"
                                     r"thành\s+phố\s+|TP\.?\s+|tỉnh\s+)?$")
#: (a body's name may hold a comma of its own: `Bộ Văn hóa, Thể thao và Du lịch tổ chức …`, `Cục Phòng, chống
#: HIV/AIDS`; or list what it is over in lower case: `Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường
#: giáo dục (C10) tổ chức`)
_VENUE_AFTER = lazyre.compile(r"\s*,\s*(?:[^,.;\n]|,(?=\s*(?:Thể\s+thao|chống)\s)|,(?=\s*\p{Ll})){3,140}?\s(?:đã\s+)?"
                             r"(?:tổ\s+chức|khai\s+mạc|họp|(?<!đăng\s)ký(?!\s+túc\s+xá)(?:\s+kết)?|công\s+bố|phát\s+động|ra\s+mắt|tổng\s+kết|"
                             r"sơ\s+kết)\s", regex.IGNORECASE)
#: an event said before its venue (`được UNDP công bố sáng 2/4 tại Hà Nội`, `Hội nghị diễn ra tại TP Đà Nẵng`): where
#: it was held, not what the article is about (`ký` signs; `ký túc xá`, a dormitory, is a place to live)
_VENUE_OF_EVENT = lazyre.compile(r"(?<!\w)(?:công\s+bố|(?<!đăng\s)ký(?!\s+túc\s+xá)(?:\s+kết)?|tổ\s+chức|khai\s+mạc|diễn\s+ra|bế\s+mạc|"
                                r"ra\s+mắt|phát\s+động|"
                                # (an event by its noun: `Tại hội thảo ngày 14/11 ở TP HCM, đại diện Bộ … cho biết`)
                                r"hội\s+thảo|hội\s+nghị|t[ọo]a\s+đàm|diễn\s+đàn|họp\s+báo)"
                                r"(?:\s+[^\s,;.:()]+){0,4}?\s+(?:tại|ở)\s+"
                                # (and the places listed after the first: `tại Hà Nội và TP Hồ Chí Minh`)
                                r"(?:(?-i:\p{Lu})[^\s,;.:()\d]*(?:\s+(?-i:\p{Lu})[^\s,;.:()\d]*){0,3}\s*(?:,|\s+và)\s+){0,3}"
                                r"(?:(?:thành\s+phố|TP\.?|thủ\s+đô|[Tt]hủ\s+đô)\s+)?$", regex.IGNORECASE)
#: a ministry said as the source of the figure (`theo Bộ …`, `do Bộ … cấp`) or of what the figure is done with
#: (`vắc xin từ Bộ Y tế … tiêm bù cho 9.000 trẻ`)
_SOURCE_BEFORE = lazyre.compile(r"\b(?:[Tt]heo|do)\b[^,;]{0,40}$|\btừ\s+$")
_LIST_WORD = lazyre.compile(r"\b(?:gồm|trong đó|như|là)\b")
#: places said by their plural level, then `và` (`tại các xã ven biển và `): the next place is one more of a list
_LEVELS_THEN_AND = lazyre.compile(r"(?<!\w)các\s+(?:xã|phường|thị\s+trấn|huyện|quận|thôn|bản|ấp|tỉnh|địa\s+phương)(?!\w)"
                                  r"[^.;:\d\n]{0,40}?\s+và(?!\w)", regex.IGNORECASE)
#: (the same, ending right before the place it names last: `các huyện ven biển và huyện đảo ` before `Cồn Cỏ`)
_LEVELS_THEN_AND_BEFORE = lazyre.compile(_LEVELS_THEN_AND.pattern + r"\s+(?:(?:huyện|quận|thị\s+xã|xã|phường)"
                                         r"(?:\s+đảo)?\s+)?$", regex.IGNORECASE)
#: a site named by its kind and its name, then `và` and a district (`tại Vườn quốc gia Phong Nha - Kẻ Bàng và huyện `):
#: the two places a figure spans together
_SITE_THEN_AND_BEFORE = lazyre.compile(r"(?<!\w)(?:tại|ở)\s+(?:Vườn\s+quốc\s+gia|Khu\s+(?:du\s+lịch|bảo\s+tồn|dự\s+trữ)"
                                       r"(?:\s+(?:quốc\s+gia|sinh\s+quyển|thiên\s+nhiên))?|Khu\s+di\s+tích|Di\s+sản)"
                                       r"\s+\p{Lu}[^.;:()\d\n]{0,40}?\s+và\s+(?:(?:huyện|quận|thị\s+xã)\s+)?$")
#: the word that makes a noun a base of shares (`số khách hàng`, `tổng số hộ`)
_SHARE_BASE = lazyre.compile(r"^(?:tổng\s+)?số\s+(?=\p{L})", regex.IGNORECASE)
#: how far before a count its beneficiary's verb is looked for, and its last words kept (a doer named in small letters,
#: `Trại giam công bố quyết định đặc xá cho`, is left out with the words before them)
_GIVEN_REACH = 70
_GIVEN_WORDS = 6
#: a verb in small letters (an acronym may stand in it: `chi trả trợ cấp BHXH hằng tháng cho`), then `cho`, then the
#: count (an approximation word may stand before it)
_GIVEN_TO = lazyre.compile(r"(?<!\w)(?P<v>(?:(?:\p{Ll}+|\p{Lu}{2,}\w*),?[^\S\n]+){1,12}?)cho[^\S\n]+"
                          r"(?:(?:gần|hơn|khoảng|trên|tổng\s+số|tổng\s+cộng|"
                          r"các|mỗi|toàn\s+bộ|tất\s+cả|thêm)[^\S\n]+)?$")
#: events counted right before `cho` (`45 lớp tập huấn cho`, `12 buổi tuyên truyền cho`): what they do for the count
_EVENTS_FOR = lazyre.compile(r"[^\S\n]+(?:lớp|buổi|đợt|cuộc|chuyến|hội\s+nghị)[^\S\n]+(?P<v>\p{Ll}+(?:[^\S\n]+\p{Ll}+){0,11})"
                            r"[^\S\n]+cho[^\S\n]+(?:(?:gần|hơn|khoảng|trên|tổng\s+số|các|mỗi)[^\S\n]+)?")
#: a word with a capital right before the words read (`Trung| tâm`), not an aspect word opening the sentence (`Đã`)
#: the purpose of what was counted before, done for those counted next (`xuất cấp 1.500 tấn gạo từ nguồn dự trữ quốc gia để
#: hỗ trợ cho 24.630 hộ`: `hỗ trợ`)
_PURPOSE_FOR = lazyre.compile(r"[^,;:.()\d\n]{0,60}?(?<!\w)(?:để|nhằm)[^\S\n]+(?P<v>\p{Ll}+(?:[^\S\n]+\p{Ll}+){0,3}?)"
                             r"[^\S\n]+cho[^\S\n]+(?:(?:gần|hơn|khoảng|trên|tổng\s+số|các|mỗi)[^\S\n]+)?")
_CAPITALISED_BEFORE = lazyre.compile(r"(?<!\w)(?!(?:Đã|Đang|Sẽ|Vừa|Được|Tiếp)(?!\w))\p{Lu}\p{L}*[^\S\n]+$")
#: a number right before the words read
_NUMBER_BEFORE = lazyre.compile(r"\d[\d.,/]*[^\S\n]+$")
#: an aspect word before the verb (the words before it are its doer)
_AUX_BEFORE_VERB = lazyre.compile(r"(?<!\w)(?:đã|đang|sẽ|vừa|được|tiếp\s+tục|còn|cũng|thêm)(?!\w)")
#: a light verb right before a count, with the aspect or plan words before it (`đã tổ chức`, `phấn đấu tổ chức`): what is
#: counted is named by its own noun (`14 đợt thanh tra`), not by the verb nor by who did it (not a passive: `đại hội đã
#: được tổ chức tại 220 xã` counts the places it was held in); so is a part listed after `gồm` (`89 chủ thể OCOP, gồm 21
#: doanh nghiệp, …`: `doanh nghiệp`, not `doanh nghiệp gồm`)
_LIGHT_VERB_BEFORE = lazyre.compile(r"(?:^|\s)(?<!được\s)(?:tổ\s+chức|thực\s+hiện|tiến\s+hành|triển\s+khai|"
                                   r"(?:bao\s+)?gồm(?:\s+có)?)"
                                   r"(?:\s+(?:được|thêm|mới))*\s*$",
                                   regex.IGNORECASE)
#: the region a body serves, named by its districts (`Chi cục Thuế khu vực Yên Phong - Quế Võ`)
_REGION_OF_BODY = lazyre.compile(r"(?<!\w)khu\s+vực\s+(?:[^\s,;.()]+\s+){0,4}?(?:[-–]\s+)?$")
#: `thực hiện` right before a count, but for its approximation words (`đã thực hiện khoảng 87`)
_DONE_RIGHT_BEFORE = lazyre.compile(r"(?<!\w)thực\s+hiện(?:\s+(?:được|thêm|khoảng|gần|hơn|trên|tổng\s+cộng))*\s+$",
                                    regex.IGNORECASE)
#: a light verb before the one that says what is done (`tổ chức tập huấn`, `thực hiện chi trả`)
_LIGHT_VERB = lazyre.compile(r"^\s*(?:tổ\s+chức|thực\s+hiện|tiến\s+hành|triển\s+khai)\s+(?=\p{L})")
#: the last mark that ends a clause before a figure (a comma may join its verbs: `tư vấn, giới thiệu việc làm cho`)
_CLAUSE_MARK_BEFORE = lazyre.compile(r"[;:()](?=[^;:()]*$)")
#: the units of government a count may count as parts of another (`6 huyện của tỉnh Hà Giang`, `12 xã thuộc huyện …`)
_UNITS_OF_A_PLACE = lazyre.compile(r"(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn|xã, phường|xã, thị trấn|"
                                  r"xã, phường, thị trấn|huyện, thị xã|huyện, thành phố|huyện, thị xã, thành phố|"
                                  r"thôn|bản|ấp|tổ dân phố)", regex.IGNORECASE)
#: `của`/`thuộc` right after such a count, before its owner
_OWNER_RIGHT_AFTER = lazyre.compile(r"[^\S\n]+(?:của|thuộc)[^\S\n]+"
                                   r"(?:(?:tỉnh|huyện|thành\s+phố|thị\s+xã|quận|TP\.?)[^\S\n]+)?")
#: a national body a provincial one works with (`Sở đã phối hợp Cục An toàn thông tin (Bộ TT&TT) gỡ bỏ 97 trang web`):
#: a partner, whose name does not make what they did the country's
_PARTNER_BODY_BEFORE = lazyre.compile(r"(?<!\w)(?:phối\s+hợp(?:\s+(?:với|cùng))?|hợp\s+tác\s+với|cùng\s+với|"
                                     # (the body a thing is registered with or reported to: `đăng ký với Bộ Công Thương`)
                                     r"(?:đăng\s+ký|thông\s+báo|báo\s+cáo)\s+(?:với|lên))\s+[^,;.:]{0,80}$",
                                     regex.IGNORECASE)
#: between a figure and the place its own words give it: its unit's words, then `của`, `tại` or `ở` (no clause break)
#: (one place: not the first of a list, `tại các huyện Trảng Bom, Thống Nhất và thành phố Long Khánh`)
_OWNER_AFTER = lazyre.compile(r"[^\S\n]*(?:(?:\d*[\p{L}/][\p{L}\d/]*[^\S\n]+){0,4}(?:của|tại|ở)"
                             # (`56 vụ việc trợ giúp pháp lý trên địa bàn huyện Krông Pắc`: the area it happened in)
                             r"|(?:\d*[\p{L}/][\p{L}\d/]*[^\S\n]+){0,6}trên[^\S\n]+địa[^\S\n]+bàn)[^\S\n]+"
                             # (through the hamlet and the commune it names first: `tại bản Pá Hốc, xã Chiềng Khoa,
                             # huyện …`)
                             r"(?:(?:bản|thôn|xóm|ấp|khóm|buôn|làng|tổ[^\S\n]+dân[^\S\n]+phố|khu[^\S\n]+phố|xã|phường|"
                             r"thị[^\S\n]+trấn)[^\S\n]+[\p{Lu}\d][\p{L}\d]*(?:[^\S\n]+[\p{Lu}\d][\p{L}\d]*){0,3}"
                             r"[^\S\n]*,?[^\S\n]*){0,3}")
#: the article-level look-ups' patterns, compiled once
#: a share and what it is of, up to `của` before a place (`chiếm hơn 98% giá trị xuất khẩu tôm hùm của `)
_SHARE_OF_WHOSE = lazyre.compile(r"chiếm\s+(?:(?:khoảng|gần|hơn|trên)\s+)?[\d.,]+\s*%(?:\s+[^\s\d.,;:()]+){0,8}?\s+của\s*$")
#: what stands right before a bare `Việt Nam` that names the country: a clause's opening or a preposition of place
#: (`của`, `tại`, `trên`, …); or the country's market or sector, named by what it deals in (`quy mô thị trường chất tẩy
#: rửa gia dụng Việt Nam`, `ngành dệt may Việt Nam`)
_COUNTRY_AFTER = lazyre.compile(r"(?:^|[.;:,!?(\n]|\b(?:của|tại|ở|trên|toàn|khắp|với)|"
                                r"\b(?:thị\s+trường|ngành)(?:\s+(?-i:\p{Ll})+){0,6})\s*$")
_CAPTION = lazyre.compile(r"(?:\(\s*)?Ảnh\s*(?::|tư liệu|minh họa|minh hoạ)")
_SENTENCE_MARK = lazyre.compile(r"[.!?…]\s*$|[.!?…]\s")
#: a site's address, or a paper's name (also in capitals, a masthead: `BÁO THÁI BÌNH ĐIỆN TỬ`, not `BÁO CÁO`)
_PRESS_NAME = lazyre.compile(r"[\w.-]+\.(?:vn|com|net)\b|\b(?:Báo|BÁO(?!\s+CÁO))\s+(?:\p{Lu}\w*\s*){1,3}")
#: what every match of ``_PRESS_NAME`` holds (the pattern is case-sensitive)
_PRESS_NAME_WORDS = (".vn", ".com", ".net", "Báo", "BÁO")
_NOT_AZ = lazyre.compile(r"[^a-z]")
#: a paper's or portal's name on a line of its own (`Báo Đắk Lắk điện tử`): the masthead, not the headline
_MASTHEAD = lazyre.compile(r"\s*(?:Báo(?!\s+cáo)|Tạp\s+chí|Cổng\s+thông\s+tin|Trang\s+thông\s+tin)\s+"
                          r"(?:điện\s+tử\s+)?(?:\p{Lu}[\w'’]*\s*){1,4}(?:điện\s+tử|online)?\s*")
_DATE_IN_LINE = lazyre.compile(r"\d{1,2}[/-]\d{1,2}[/-]\d{2,4}")
_INDEX_NAME = lazyre.compile(
    r"(?i)\bchỉ số\b[^:;,.]*?(?:\([^)]*\))?(?=\s*(?:[:;,.]|năm\s+\d|các năm|xếp|đứng|tăng|giảm|$))")


@functools.lru_cache(maxsize=8)
def _initials_tags(patterns: PatternSet) -> dict[str, frozenset[str]]:
    """The tags a province's own paper may sign with, spelled from the initials of its name (`Tây Ninh`: `BTN` for Báo
    Tây Ninh, `TNO` for its online edition, `TNĐT` for its electronic one), each with the provinces they may stand for
    (initials two provinces share stand for both: no guess)."""
    out: dict[str, set[str]] = {}
    for name, entry in _places.gazetteer(patterns=patterns).items():
        if entry.level != "province":
            continue
        initials = "".join(w[0] for w in regex.split(r"[\s\-–]+", name.removeprefix("TP.").strip()) if w).upper()
        for tag in (f"B{initials}", f"{initials}O", f"{initials}ĐT"):
            out.setdefault(tag, set()).add(name)
    return {tag: frozenset(names) for tag, names in out.items()}


@functools.lru_cache(maxsize=1024)
def _tag_rx(tag: str) -> regex.Pattern[str]:
    """A provincial paper's tag (places.toml ``press``) as a whole word, any case."""
    return rxcache.compile(r"(?<![\w.])" + regex.escape(tag) + r"(?![\w])", regex.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _any_press_tag(patterns: PatternSet) -> regex.Pattern[str]:
    """Every :func:`_tag_rx` of the gazetteer in one pattern: it finds a match where and only where one of them does
    (each is the alternation's branch, between the same look-arounds, any case), so a head where it finds none needs
    no search for each tag."""
    tags = [tag for entry in _places.gazetteer(patterns=patterns).values() for tag in entry.press]
    if not tags:
        return rxcache.compile(r"(?!)")
    return rxcache.compile(r"(?<![\w.])(?:" + "|".join(regex.escape(tag) for tag in tags) + r")(?![\w])",
                           regex.IGNORECASE)


_M = TypeVar("_M", _periods.PeriodMention, _places.PlaceMention)


def _last_ending_by(mentions: list[_M], starts: list[int], pos: int) -> _M | None:
    """The last of ``mentions`` (sorted, non-overlapping; ``starts`` their starts) that ends at or
    before ``pos``, found by bisection so that figures × mentions stays cheap.

    >>> from dtextract.places import PlaceMention
    >>> ms = [PlaceMention("A", "A", 0, 3, "province"), PlaceMention("B", "B", 5, 9, "province")]
    >>> [getattr(_last_ending_by(ms, [0, 5], p), "name", None) for p in (2, 3, 8, 9, 20)]
    [None, 'A', 'A', 'B', 'B']
    """
    i = bisect.bisect_right(starts, pos)
    while i > 0:
        i -= 1
        if mentions[i].end <= pos:
            return mentions[i]
    return None


#: the day the provinces merged in 2025 began to work as one (Resolution 202/2025/QH15; renames such as Huế took
#: effect on 1 January 2025)
_MERGERS_IN_FORCE = "2025-07-01"
#: the day a result was announced (`PCI năm 2023 do VCCI công bố sáng 8/5, Hải Dương đạt 66,35 điểm`): when it was made
#: known, not the time it is of
_ANNOUNCED_ON = lazyre.compile(r"(?<!\w)(?:công\s+bố|ban\s+hành|phát\s+hành|công\s+khai)\s+(?:vào\s+)?"
                              r"(?:(?:sáng|chiều|tối|trưa)\s+)?(?:(?:hôm\s+)?ngày\s+)?$", regex.IGNORECASE)
#: a city named by its level word (`thành phố Huế`, `TP. Huế`)
_CITY_PREFIX = lazyre.compile(r"(?:thành\s+phố|tp\.?)\s", regex.IGNORECASE)


def _in_era(m: _places.PlaceMention, era: str, patterns: PatternSet, *, merged: bool = True) -> _places.PlaceMention:
    """A mention named for the article's era: a province by :func:`places.name_in_era`, but a province the text
    spells by its old name (`tỉnh Thừa Thiên Huế` in January 2025, of the year before) keeps that name; a
    district's provinces after 2025 are the units they were renamed to and, once the mergers were in force
    (``merged``), merged into (`Bắc Giang` -> `Bắc Ninh`)."""
    if m.level != "district":
        if era == "post2025":
            return m
        old = _places.name_in_era(m.name, era, patterns=patterns)
        if old != m.name and _CITY_PREFIX.match(m.text) is not None:
            # `tại thành phố Huế` in 2023: the city that bore the name before its province took it, a district-level
            # city of the old province
            return _places.PlaceMention(m.name, m.text, m.start, m.end, "district", (old,))
        return _places.PlaceMention(old, m.text, m.start, m.end, m.level)
    if era == "pre2025":
        return m
    gaz = _places.gazetteer(patterns=patterns)
    moved = tuple(dict.fromkeys(((gaz[p].merged_into if merged else None) or gaz[p].renamed_to or p) if p in gaz else p
                                for p in m.provinces))
    return _places.PlaceMention(m.name, m.text, m.start, m.end, m.level, moved)


def _as_period(m: _periods.PeriodMention, *, inferred: bool = False) -> Period:
    return Period(text=m.text, start=m.period_start, end=m.period_end, inferred=inferred)


@functools.lru_cache(maxsize=8)
def _provinces_spelt(patterns: PatternSet) -> tuple[tuple[str, str], ...]:
    """The gazetteer's provinces, in its order, each with its name as a site spells it (`Thanh Hóa`: `thanhhoa`):
    worked out once, not for each article."""
    return tuple((name, _ascii(name.lower()).replace(" ", ""))
                 for name, entry in _places.gazetteer(patterns=patterns).items() if entry.level == "province")


def _ascii(s: str) -> str:
    """Strip Vietnamese diacritics (đ → d) for matching names inside site names such as baothanhhoa.vn."""
    import unicodedata
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def _bare_name(name: str) -> regex.Pattern[str]:
    """A place's name as a whole run of words, wherever it stands (`Hương Sơn` in `vùng miền núi Hương Sơn`)."""
    return rxcache.compile(r"(?<![\w])" + regex.escape(name) + r"(?![\w])")
