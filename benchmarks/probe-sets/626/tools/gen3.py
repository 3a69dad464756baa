"""p626-3: UBND tỉnh Quảng Trị formal report on legal aid in 2023, flattened '|' table with units in headers."""
from lib import F, P, I, CH, T, emit

TEXT = """UBND TỈNH QUẢNG TRỊ
Số: 58/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 22 tháng 01 năm 2024

BÁO CÁO
Kết quả công tác trợ giúp pháp lý năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Tổ chức bộ máy
Trung tâm Trợ giúp pháp lý nhà nước tỉnh có 14 biên chế, trong đó có 8 trợ giúp viên pháp lý; ngoài ra có 5 luật sư ký hợp đồng và hai tổ chức hành nghề luật sư đăng ký tham gia trợ giúp pháp lý.

2. Vụ việc trợ giúp pháp lý
Năm 2023, Trung tâm đã thụ lý 1.046 vụ việc, tăng 17,4% so với năm 2022, đạt 104,6% chỉ tiêu Bộ Tư pháp giao; đã kết thúc 1.018 vụ việc, 28 vụ việc đang thực hiện.

Bảng 1. Vụ việc theo hình thức trợ giúp pháp lý
Hình thức | Năm 2022 (vụ việc) | Năm 2023 (vụ việc) | Tăng, giảm (%)
1. Tham gia tố tụng | 512 | 637 | 24,4
2. Tư vấn pháp luật | 358 | 384 | 7,3
3. Đại diện ngoài tố tụng | 21 | 25 | 19,0
Cộng | 891 | 1.046 | 17,4

3. Người được trợ giúp pháp lý
Tổng số người được trợ giúp là 1.046 người; trong đó người có công với cách mạng 96 người, người thuộc hộ nghèo 214 người, người dân tộc thiểu số cư trú ở vùng đặc biệt khó khăn 187 người, trẻ em 143 người.

4. Kinh phí
Tổng kinh phí thực hiện năm 2023 là 2.315,7 triệu đồng, trong đó ngân sách Trung ương hỗ trợ 640 triệu đồng.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu thụ lý ít nhất 1.100 vụ việc, trong đó tham gia tố tụng chiếm từ 60 đến 65%; 100% vụ việc được đánh giá chất lượng đạt yêu cầu theo Thông tư số 12/2018/TT-BTP.

Nơi nhận:
- Bộ Tư pháp;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y22C = P("Năm 2022 (vụ việc)", "2022-01-01", "2022-12-31")
Y23C = P("Năm 2023 (vụ việc)", "2023-01-01", "2023-12-31")
TITLE = I(P("năm 2023", "2023-01-01", "2023-12-31"))
Y24 = I(P("NĂM 2024", "2024-01-01", "2024-12-31"))


def row(label, a22, v22, a23, v23, arate, rate):
    s = f"vụ việc {label.lower()}" if label != "Cộng" else "vụ việc trợ giúp pháp lý (cộng)"
    return [
        F(a22, v22[0], v22[1], "count", "vụ việc", f"{s} năm 2022", Y22C),
        F(a23, v23[0], v23[1], "count", "vụ việc", f"{s} năm 2023", Y23C),
        F(arate, rate[0], rate[1], "percent", "%", f"{s} tăng, giảm", TITLE),
    ]


FIGS = [
    F("có 14 biên chế", "14", 14, "count", "biên chế", "biên chế của Trung tâm Trợ giúp pháp lý nhà nước tỉnh"),
    F("có 8 trợ giúp viên", "8", 8, "count", "trợ giúp viên pháp lý", "trợ giúp viên pháp lý", total=14),
    F("có 5 luật sư", "5", 5, "count", "luật sư", "luật sư ký hợp đồng trợ giúp pháp lý"),
    F("và hai tổ chức", "hai", 2, "count", "tổ chức hành nghề luật sư",
      "tổ chức hành nghề luật sư đăng ký tham gia trợ giúp pháp lý"),
    F("thụ lý 1.046 vụ việc", "1.046", 1046, "count", "vụ việc", "vụ việc trợ giúp pháp lý Trung tâm đã thụ lý", Y23,
      percent=104.6, change=CH("increase", 17.4, baseline="năm 2022")),
    F("kết thúc 1.018 vụ việc", "1.018", 1018, "count", "vụ việc", "vụ việc đã kết thúc", Y23),
    F("28 vụ việc đang", "28", 28, "count", "vụ việc", "vụ việc đang thực hiện", Y23),
]
FIGS += row("Tham gia tố tụng", "tụng | 512", ("512", 512), "512 | 637", ("637", 637), "637 | 24,4", ("24,4", 24.4))
FIGS += row("Tư vấn pháp luật", "luật | 358", ("358", 358), "358 | 384", ("384", 384), "384 | 7,3", ("7,3", 7.3))
FIGS += row("Đại diện ngoài tố tụng", "tụng | 21", ("21", 21), "21 | 25", ("25", 25), "25 | 19,0", ("19,0", 19.0))
FIGS += row("Cộng", "Cộng | 891", ("891", 891), "891 | 1.046", ("1.046", 1046), "1.046 | 17,4", ("17,4", 17.4))
FIGS += [
    F("là 1.046 người", "1.046", 1046, "count", "người", "người được trợ giúp pháp lý", TITLE),
    F("cách mạng 96 người", "96", 96, "count", "người", "người có công với cách mạng được trợ giúp pháp lý", TITLE,
      total=1046),
    F("hộ nghèo 214 người", "214", 214, "count", "người", "người thuộc hộ nghèo được trợ giúp pháp lý", TITLE,
      total=1046),
    F("khó khăn 187 người", "187", 187, "count", "người",
      "người dân tộc thiểu số cư trú ở vùng đặc biệt khó khăn được trợ giúp pháp lý", TITLE, total=1046),
    F("trẻ em 143 người", "143", 143, "count", "người", "trẻ em được trợ giúp pháp lý", TITLE, total=1046),
    F("là 2.315,7 triệu đồng", "2.315,7", 2315.7e6, "money", "đồng", "tổng kinh phí thực hiện trợ giúp pháp lý",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("hỗ trợ 640 triệu đồng", "640", 640e6, "money", "đồng", "ngân sách Trung ương hỗ trợ",
      P("năm 2023", "2023-01-01", "2023-12-31"), total=2315.7e6),
    F("ít nhất 1.100 vụ việc", "1.100", 1100, "count", "vụ việc", "vụ việc trợ giúp pháp lý thụ lý", Y24,
      approx="at_least", status="target"),
    F("từ 60 đến 65%", "60", 60, "percent", "%", "tỷ lệ vụ việc tham gia tố tụng", Y24, value_max=65,
      status="target"),
    F("; 100% vụ việc", "100", 100, "percent", "%", "vụ việc được đánh giá chất lượng đạt yêu cầu", Y24,
      status="target"),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Quảng Trị (invented), Số: 58/BC-UBND, 'Quảng Trị, ngày 22 tháng 01 năm 2024': trợ giúp pháp lý năm 2023.",
    "Flattened '|' table with units in the column headers (vụ việc, %). Every numeric cell is a figure, the 'Cộng' row included; row numbers",
    "'1.', '2.', '3.' and section numbers I./II./1.-4., 'Bảng 1', Thông tư số 12/2018/TT-BTP are not figures. 'hai' tổ chức is a number word.",
    "Year-columns take their period from the header (scored); the rate column and sections 3 take 'năm 2023' from the title (inherited).",
    "8 trợ giúp viên are part of the 14 biên chế (trong đó, both count staff). 1.018 + 28 = 1.046 but no part-of cue: no total.",
    "The 1.046 thụ lý gets both the share of the plan (đạt 104,6% chỉ tiêu → percent) and the change (tăng 17,4%).",
    "Section II 'PHƯƠNG HƯỚNG NĂM 2024' sets targets (Phấn đấu); its period is stated in the heading (inherited).",
    "Section 3 people list adds to 640, not 1.046 (groups are not exhaustive), but follows 'trong đó' after the whole: total 1.046.",
]

if __name__ == "__main__":
    emit("p626-3", TEXT, COMMENTS, FIGS, published="2024-01-22", location="Quảng Trị")
