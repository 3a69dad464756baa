from lib import F, P, CH, TG, emit

TEXT = """UBND TỈNH QUẢNG NGÃI
SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Số: 1875/BC-STNMT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 20 tháng 11 năm 2024

BÁO CÁO
Tiến độ xây dựng cơ sở dữ liệu đất đai trên địa bàn tỉnh

Thực hiện Kế hoạch số 112/KH-UBND ngày 14/6/2023 của UBND tỉnh, Sở Tài nguyên và Môi trường báo cáo tiến độ xây dựng cơ sở dữ liệu (CSDL) đất đai tính đến ngày 15/11/2024 như sau:

1. Kết quả chung
Toàn tỉnh đã hoàn thành xây dựng CSDL địa chính tại 6/13 huyện, thị xã, thành phố, với 1.284.530 thửa đất được cập nhật, chiếm 71,2% tổng số thửa đất cần xây dựng. Dự án có tổng vốn 186,5 tỷ đồng, đã giải ngân 124,8 tỷ đồng, đạt 66,9%.

Bảng 1. Kết quả tại một số địa bàn
Đơn vị tính: thửa đất
Địa bàn | Tổng số thửa | Đã cập nhật vào CSDL | Tỷ lệ (%)
Thành phố Quảng Ngãi | 248.160 | 248.160 | 100
Thị xã Đức Phổ | 196.372 | 190.845 | 97,2
Huyện Bình Sơn | 231.905 | 164.418 | 70,9
Huyện Sơn Tịnh | 142.687 | 98.454 | 69

2. Tồn tại, hạn chế
Tiến độ tại 7 huyện còn lại chậm, trong đó 3 huyện miền núi (Ba Tơ, Minh Long, Sơn Tây) mới đạt từ 28% đến 45% khối lượng. Hồ sơ địa chính lưu trữ qua nhiều thời kỳ, khoảng 18% GCN đã cấp chưa được quét, số hóa.

3. Nhiệm vụ thời gian tới
Phấn đấu đến ngày 31/12/2025 hoàn thành CSDL đất đai tại 13/13 huyện, thị xã, thành phố và kết nối với Hệ thống thông tin đất đai quốc gia; trong năm 2025 bố trí ít nhất 45 tỷ đồng từ ngân sách tỉnh cho dự án.

Nơi nhận:
- UBND tỉnh (b/c);
- Bộ TN&MT (b/c);
- Lưu: VT, VPĐK.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Võ Văn Hai
"""

ASi = P("tính đến ngày 15/11/2024", None, "2024-11-15", inh=True)


def cell(anchor, number, value, kind, unit, col, loc):
    return F(anchor, number, value, kind, unit, col, ASi, location=loc)


FIGS = [
    F("tại 6/13 huyện", "6", 6, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố hoàn thành xây dựng CSDL địa chính", ASi, total=13),
    F("với 1.284.530 thửa", "1.284.530", 1284530, "count", "thửa đất", "thửa đất được cập nhật", ASi, percent=71.2),
    F("tổng vốn 186,5 tỷ đồng", "186,5", 186500000000, "money", "đồng", "tổng vốn dự án"),
    F("giải ngân 124,8 tỷ đồng", "124,8", 124800000000, "money", "đồng", "vốn đã giải ngân", percent=66.9),
    # table: Đơn vị tính: thửa đất; last column (%)
    cell("Quảng Ngãi | 248.160 |", "248.160", 248160, "count", "thửa đất", "Tổng số thửa", "Quảng Ngãi"),
    cell("| 248.160 | 100", "248.160", 248160, "count", "thửa đất", "thửa đất đã cập nhật vào CSDL", "Quảng Ngãi"),
    cell("248.160 | 100\n", "100", 100, "percent", "%", "Tỷ lệ", "Quảng Ngãi"),
    cell("Đức Phổ | 196.372 |", "196.372", 196372, "count", "thửa đất", "Tổng số thửa", "Đức Phổ"),
    cell("| 190.845 |", "190.845", 190845, "count", "thửa đất", "thửa đất đã cập nhật vào CSDL", "Đức Phổ"),
    cell("| 97,2\n", "97,2", 97.2, "percent", "%", "Tỷ lệ", "Đức Phổ"),
    cell("Bình Sơn | 231.905 |", "231.905", 231905, "count", "thửa đất", "Tổng số thửa", "Bình Sơn"),
    cell("| 164.418 |", "164.418", 164418, "count", "thửa đất", "thửa đất đã cập nhật vào CSDL", "Bình Sơn"),
    cell("| 70,9\n", "70,9", 70.9, "percent", "%", "Tỷ lệ", "Bình Sơn"),
    cell("Sơn Tịnh | 142.687 |", "142.687", 142687, "count", "thửa đất", "Tổng số thửa", "Sơn Tịnh"),
    cell("| 98.454 |", "98.454", 98454, "count", "thửa đất", "thửa đất đã cập nhật vào CSDL", "Sơn Tịnh"),
    cell("| 69\n", "69", 69, "percent", "%", "Tỷ lệ", "Sơn Tịnh"),
    F("tại 7 huyện", "7", 7, "count", "huyện", "huyện còn lại tiến độ chậm", ASi),
    F("3 huyện miền núi", "3", 3, "count", "huyện miền núi", "huyện miền núi tiến độ chậm", ASi, total=7),
    F("từ 28% đến 45%", "28", 28, "percent", "%", "khối lượng xây dựng CSDL đạt của 3 huyện miền núi", ASi,
      value_max=45),
    F("khoảng 18% GCN", "18", 18, "percent", "%", "GCN đã cấp chưa được quét, số hóa", ASi, approx="about"),
    F("tại 13/13 huyện", "13", 13, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố hoàn thành CSDL đất đai",
      P("đến ngày 31/12/2025", None, "2025-12-31"), total=13, status="target"),
    F("ít nhất 45 tỷ đồng", "45", 45000000000, "money", "đồng", "vốn ngân sách tỉnh bố trí cho dự án",
      P("trong năm 2025", "2025-01-01", "2025-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Formal report of Sở TN&MT Quảng Ngãi ('Số: 1875/BC-STNMT', 'Quảng Ngãi, ngày 20 tháng 11 năm 2024'): land database (CSDL đất đai) progress.",
    "As-of date 'tính đến ngày 15/11/2024' stands only in the opening sentence: every later figure of the state of work inherits it.",
    "'6/13 huyện' total 13; '1.284.530 thửa ..., chiếm 71,2% tổng số' percent. '124,8 tỷ ..., đạt 66,9%' percent; no part-of cue, so no total.",
    "Project capital and disbursement have no stated period (left null, not scored).",
    "Flattened '|' table, 'Đơn vị tính: thửa đất', last column '(%)': every numeric cell is a figure; the row label is a place -> location;",
    "subject = column label ('Tỷ lệ' for the '(%)' column, verbatim); period inherited from the as-of sentence; no totals for table cells.",
    "'3 huyện miền núi (Ba Tơ, Minh Long, Sơn Tây)' is part of '7 huyện còn lại' (trong đó) -> total 7; the districts in the bracket do not",
    "make the figure district-level (location stays Quảng Ngãi). 'Ba Tơ' contains the number word 'ba' but is a name: not a figure.",
    "Section 3 targets: 'Phấn đấu' -> status target; '13/13' total 13 as-of 31/12/2025; 'ít nhất 45 tỷ đồng' at_least.",
    "Distractors: document number, 'Kế hoạch số 112/KH-UBND ngày 14/6/2023', section numbers 1./2./3., 'Bảng 1', signer 'Võ Văn Hai' (number word in a name).",
]

emit("p255-3", TEXT, COMMENTS, FIGS, published="2024-11-20", location="Quảng Ngãi")
