"""p991-3: formal report (UBND tỉnh Yên Bái), damage to and recovery of suspension bridges after typhoon Yagi; flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH YÊN BÁI
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Yên Bái, ngày 18 tháng 11 năm 2024

BÁO CÁO
Tình hình thiệt hại và kết quả khắc phục cầu treo dân sinh sau bão số 3

I. TÌNH HÌNH THIỆT HẠI
Hoàn lưu bão số 3 gây mưa lớn từ ngày 8 đến ngày 11/9/2024 làm 47 cầu treo dân sinh trên địa bàn tỉnh bị hư hỏng, trong đó 19 cầu bị sập, cuốn trôi hoàn toàn; khoảng 26.500 người dân bị ảnh hưởng việc đi lại. Tổng giá trị thiệt hại ước tính 118,6 tỷ đồng. Chi tiết theo huyện:
Đơn vị tính: cầu; thiệt hại: triệu đồng
Huyện | Cầu hư hỏng | Sập, cuốn trôi | Thiệt hại ước tính
Văn Chấn | 12 | 5 | 31.200
Mù Cang Chải | 10 | 6 | 28.500
Trạm Tấu | 9 | 4 | 22.700
Lục Yên | 8 | 2 | 19.400
Văn Yên | 8 | 2 | 16.800
Tổng cộng | 47 | 19 | 118.600

II. KẾT QUẢ KHẮC PHỤC
1. Đến ngày 15/11/2024, các địa phương đã sửa chữa, thông cầu 21/28 cầu hư hỏng một phần, đạt 75%; lắp đặt 6 cầu thép tạm và bố trí 14 điểm đò ngang có người trực.
2. Tổng kinh phí đã bố trí cho khắc phục là 37,5 tỷ đồng, gồm ngân sách Trung ương hỗ trợ 20 tỷ đồng, ngân sách tỉnh 11,3 tỷ đồng và nguồn xã hội hóa 6,2 tỷ đồng.

III. NHIỆM VỤ THỜI GIAN TỚI
1. Tỉnh dự kiến xây mới 19 cầu treo bị sập với tổng mức đầu tư khoảng 96 tỷ đồng, bình quân hơn 5 tỷ đồng/cầu; phấn đấu hoàn thành trước ngày 30/6/2025.
2. Đề nghị Bộ Giao thông vận tải, Bộ Tài chính hỗ trợ tỉnh 70 tỷ đồng theo Quyết định số 1173/QĐ-TTg.

Nơi nhận:
- Bộ GTVT, Bộ Tài chính;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, XD.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

AS_OF = P("Đến ngày 15/11/2024", None, "2024-11-15")
FIG = [
    F("làm 47 cầu", "47", 47, "count", "cầu treo dân sinh", "cầu treo dân sinh bị hư hỏng"),
    F("trong đó 19 cầu", "19", 19, "count", "cầu", "cầu bị sập, cuốn trôi hoàn toàn", total=47),
    F("khoảng 26.500 người", "26.500", 26500, "count", "người dân", "người dân bị ảnh hưởng việc đi lại", approx="about"),
    F("ước tính 118,6 tỷ", "118,6", 118.6e9, "money", "đồng", "tổng giá trị thiệt hại", status="estimate"),
]
ROWS = [("Văn Chấn", "12", "5", "31.200"), ("Mù Cang Chải", "10", "6", "28.500"), ("Trạm Tấu", "9", "4", "22.700"),
        ("Lục Yên", "8", "2", "19.400"), ("Văn Yên", "8", "2", "16.800"), ("Tổng cộng", "47", "19", "118.600")]
for place, a, b, c in ROWS:
    loc = None if place == "Tổng cộng" else place
    pre = "tổng số " if place == "Tổng cộng" else ""
    FIG.append(F(f"{place} | {a}", a, int(a), "count", "cầu", pre + "cầu hư hỏng", location=loc))
    FIG.append(F(f"{place} | {a} | {b}", b, int(b), "count", "cầu", pre + "cầu sập, cuốn trôi", location=loc))
    FIG.append(F(f"| {b} | {c}", c, int(c.replace(".", "")) * 1e6, "money", "đồng", pre + "thiệt hại ước tính",
                 status="estimate", location=loc))
FIG += [
    F("thông cầu 21/28", "21", 21, "count", "cầu", "cầu hư hỏng một phần được sửa chữa, thông cầu", AS_OF,
      total=28, percent=75),
    F("lắp đặt 6 cầu", "6", 6, "count", "cầu thép tạm", "cầu thép tạm lắp đặt", AS_OF),
    F("bố trí 14 điểm", "14", 14, "count", "điểm đò ngang", "điểm đò ngang có người trực", AS_OF),
    F("là 37,5 tỷ đồng", "37,5", 37.5e9, "money", "đồng", "tổng kinh phí đã bố trí cho khắc phục", I(AS_OF)),
    F("hỗ trợ 20 tỷ đồng", "20", 20e9, "money", "đồng", "ngân sách Trung ương hỗ trợ", I(AS_OF), total=37.5e9),
    F("tỉnh 11,3 tỷ đồng", "11,3", 11.3e9, "money", "đồng", "ngân sách tỉnh", I(AS_OF), total=37.5e9),
    F("hội hóa 6,2 tỷ đồng", "6,2", 6.2e9, "money", "đồng", "nguồn xã hội hóa", I(AS_OF), total=37.5e9),
    F("xây mới 19 cầu treo", "19", 19, "count", "cầu treo", "cầu treo bị sập xây mới", status="forecast"),
    F("khoảng 96 tỷ đồng", "96", 96e9, "money", "đồng", "tổng mức đầu tư xây mới cầu treo", approx="about",
      status="forecast"),
    F("hơn 5 tỷ đồng/cầu", "5", 5e9, "money", "đồng/cầu", "suất đầu tư bình quân", approx="over", status="forecast"),
    F("hỗ trợ tỉnh 70 tỷ đồng", "70", 70e9, "money", "đồng", "kinh phí đề nghị Trung ương hỗ trợ"),
]

NOTES = [
    "Formal report, UBND tỉnh Yên Bái, Số: 287/BC-UBND, 18/11/2024: suspension bridges damaged by typhoon no. 3 (Yagi) and recovery.",
    "Flattened | table: 'Đơn vị tính: cầu; thiệt hại: triệu đồng' -> money cells ×10^6 đồng; column 'Thiệt hại ước tính' -> estimate.",
    "District row label -> location; 'Tổng cộng' row is its own figure (location Yên Bái). Table cells carry no totals.",
    "Damage figures have no period (the storm dates 8-11/9/2024 locate an event, not a reporting period).",
    "'21/28 cầu ..., đạt 75%' -> total 28, percent 75. Funding parts after 'gồm' -> total 37,5 tỷ; their period is the as-of date of item 1 (inherited).",
    "Section III 'dự kiến' governs the clauses that continue it (96 tỷ, 5 tỷ/cầu); 'phấn đấu hoàn thành trước ngày 30/6/2025' is a deadline, no figure.",
    "'Đề nghị ... hỗ trợ tỉnh 70 tỷ đồng' is an amount requested: recorded as actual.",
    "Distractors: Số: 287/BC-UBND, ngày 18 tháng 11 năm 2024, bão số 3, section numbers I-III and 1.-2., Quyết định số 1173/QĐ-TTg.",
]

write("p991-3", TEXT, FIG, NOTES, published="2024-11-18", location="Yên Bái")
