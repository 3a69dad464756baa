"""p510-3: formal report (UBND tỉnh Quảng Trị) — handling of administrative violations, H1/2024, flattened | table."""
from lib import F, P, I, CH, TG, emit

TEXT = """ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 214/BC-UBND
Quảng Trị, ngày 08 tháng 7 năm 2024

BÁO CÁO
Công tác thi hành pháp luật về xử lý vi phạm hành chính 6 tháng đầu năm 2024

Thực hiện Công văn số 2456/BTP-QLXLVPHC ngày 12/6/2024 của Bộ Tư pháp, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ XỬ PHẠT VI PHẠM HÀNH CHÍNH
1. Tình hình chung
6 tháng đầu năm 2024, các cơ quan có thẩm quyền trên địa bàn tỉnh đã phát hiện 14.862 vụ vi phạm hành chính, giảm 6,3% so với cùng kỳ năm 2023; ban hành 14.205 quyết định xử phạt. Tổng số tiền phạt thu được là 48.736,4 triệu đồng; tịch thu tang vật, phương tiện trị giá khoảng 2.150 triệu đồng.

2. Kết quả theo lĩnh vực
Lĩnh vực | Số vụ vi phạm | Số quyết định xử phạt | Tiền phạt (triệu đồng)
Giao thông đường bộ | 11.027 | 10.784 | 31.512,6
An ninh, trật tự | 1.318 | 1.246 | 4.870,2
Môi trường | 214 | 187 | 5.936,0
Thương mại | 865 | 842 | 3.402,5
Đất đai, xây dựng | 402 | 338 | 2.104,1
Lĩnh vực khác | 1.036 | 808 | 911,0

3. Áp dụng biện pháp xử lý hành chính
Đã áp dụng biện pháp giáo dục tại xã, phường, thị trấn đối với 73 trường hợp; đưa vào trường giáo dưỡng 4 trường hợp; đưa vào cơ sở cai nghiện bắt buộc 126 trường hợp, tăng 1,4 lần so với cùng kỳ.

II. TỒN TẠI, HẠN CHẾ
Còn 657 quyết định xử phạt chưa thi hành xong, chiếm 4,6% tổng số quyết định đã ban hành; việc áp dụng Nghị định số 118/2021/NĐ-CP ở cấp xã còn lúng túng.

III. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2024
Phấn đấu 6 tháng cuối năm 2024 tỷ lệ thi hành quyết định xử phạt đạt từ 96% trở lên; ước cả năm 2024 thu phạt khoảng 95 tỷ đồng.

Nơi nhận:
- Bộ Tư pháp;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
IH = I(H1)

ROWS = [
    ("Giao thông đường bộ", "11.027", "10.784", "31.512,6"),
    ("An ninh, trật tự", "1.318", "1.246", "4.870,2"),
    ("Môi trường", "214", "187", "5.936,0"),
    ("Thương mại", "865", "842", "3.402,5"),
    ("Đất đai, xây dựng", "402", "338", "2.104,1"),
    ("Lĩnh vực khác", "1.036", "808", "911,0"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("phát hiện 14.862 vụ", "14.862", 14862, "count", "vụ", "vụ vi phạm hành chính phát hiện", H1,
      change=CH("decrease", 6.3, "%", "cùng kỳ năm 2023")),
    F("ban hành 14.205 quyết định", "14.205", 14205, "count", "quyết định", "quyết định xử phạt ban hành", H1),
    F("là 48.736,4 triệu", "48.736,4", 48736.4e6, "money", "đồng", "tổng số tiền phạt thu được", IH),
    F("khoảng 2.150 triệu", "2.150", 2150e6, "money", "đồng", "tang vật, phương tiện tịch thu", IH, approx="about"),
]
for label, a, b, c in ROWS:
    FIGS.append(F(f"{label} | {a} |", a, num(a), "count", "vụ", f"Số vụ vi phạm {label}", IH))
    FIGS.append(F(f"| {b} |", b, num(b), "count", "quyết định", f"Số quyết định xử phạt {label}", IH))
    FIGS.append(F(f"| {c}\n", c, num(c) * 1e6, "money", "đồng", f"Tiền phạt {label}", IH))
FIGS += [
    F("đối với 73 trường hợp", "73", 73, "count", "trường hợp", "trường hợp áp dụng biện pháp giáo dục tại xã, phường, thị trấn", IH),
    F("giáo dưỡng 4 trường hợp", "4", 4, "count", "trường hợp", "trường hợp đưa vào trường giáo dưỡng", IH),
    F("bắt buộc 126 trường hợp", "126", 126, "count", "trường hợp", "trường hợp đưa vào cơ sở cai nghiện bắt buộc", IH,
      change=CH("increase", 1.4, "lần", "cùng kỳ")),
    F("Còn 657 quyết định", "657", 657, "count", "quyết định", "quyết định xử phạt chưa thi hành xong", percent=4.6),
    F("từ 96% trở lên", "96", 96, "percent", "%", "tỷ lệ thi hành quyết định xử phạt",
      P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31"), approx="at_least", status="target"),
    F("khoảng 95 tỷ", "95", 95e9, "money", "đồng", "tiền thu phạt",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="estimate"),
]

COMMENTS = [
    "Formal report, letterhead 'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ', 'Số: 214/BC-UBND', 'Quảng Trị, ngày 08 tháng 7 năm 2024' (published).",
    "Xử lý vi phạm hành chính 6 tháng đầu năm 2024 with a flattened '|' table by field (rows) x Số vụ vi phạm | Số quyết định xử phạt |",
    "Tiền phạt (triệu đồng). Every numeric cell is a figure: subject = column label + row label; money cells x10^6 from the header.",
    "Table period is the report's (6 tháng đầu năm 2024, stated above the table): inherited, unscored. Rows add up to the totals above,",
    "but the spec gives table cells no total. Distractors: 'Số: 214' (the same digits as a table cell), Công văn số 2456/BTP-QLXLVPHC,",
    "Nghị định số 118/2021/NĐ-CP, section numbers I./II./III./1./2./3., 'ngày 12/6/2024'.",
    "'chiếm 4,6% tổng số quyết định' is the 657's share (percent, no total: no part-of cue). 'tăng 1,4 lần so với cùng kỳ' is a change in lần.",
    "'từ 96% trở lên' = at_least, target; 'ước cả năm 2024 … khoảng 95 tỷ đồng' = estimate, about.",
]

emit("p510-3", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Quảng Trị")
