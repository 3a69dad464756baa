"""p1042-7: department site (Cục Thuế tỉnh Bắc Ninh), no dateline, one-cell-per-line table, năm 2024."""
from lib import F, P, I, C, build

TEXT = """
CỤC THUẾ TỈNH BẮC NINH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỗ trợ người nộp thuế

Kết quả thu tiền thuê đất, tiền sử dụng đất năm 2024

Năm 2024, thu tiền thuê đất trên địa bàn tỉnh Bắc Ninh đạt 1.599 tỷ đồng, tăng 7,3% so với năm 2023, trong đó tiền thuê đất trả hằng năm chiếm 86,7%. Toàn tỉnh có 1.927 tổ chức thuê đất, trong đó có 684 doanh nghiệp trong 16 khu công nghiệp đang hoạt động.

Kết quả thu cụ thể như sau:

Đơn vị tính: triệu đồng
Chỉ tiêu
Dự toán năm 2024
Thực hiện năm 2024
Tỷ lệ so với dự toán (%)
Tiền thuê đất trả hằng năm
1.250.000
1.386.420
110,9
Tiền thuê đất trả một lần
300.000
212.850
71,0
Tiền sử dụng đất
4.800.000
3.964.300
82,6
Tổng cộng
6.350.000
5.563.570
87,6

Theo Quyết định số 31/2024/QĐ-UBND của UBND tỉnh, tỷ lệ phần trăm tính đơn giá thuê đất trên địa bàn tỉnh từ 0,5% đến 3% tùy vị trí và mục đích sử dụng đất. Đến ngày 31/12/2024, còn 58 dự án chậm nộp tiền thuê đất với số tiền 96,4 tỷ đồng, giảm 21,5 tỷ đồng so với đầu năm.

Năm 2025, Cục Thuế phấn đấu thu tiền thuê đất đạt 1.650 tỷ đồng, đôn đốc thu dứt điểm nợ của các dự án chậm nộp.

Địa chỉ: Số 11 đường Lý Thái Tổ, phường Suối Hoa, TP Bắc Ninh
Điện thoại: 0222.3822.488 - Fax: 0222.3822.316
Lượt truy cập: 1.284.907
"""

TY = 1e9
TR = 1e6
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
PLAN = P("Dự toán năm 2024", "2024-01-01", "2024-12-31")
DONE = P("Thực hiện năm 2024", "2024-01-01", "2024-12-31")
RATE = P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
ASOF = P("Đến ngày 31/12/2024", None, "2024-12-31")

ROWS = [
    ("Tiền thuê đất trả hằng năm", "1.250.000", "1.386.420", "110,9"),
    ("Tiền thuê đất trả một lần", "300.000", "212.850", "71,0"),
    ("Tiền sử dụng đất", "4.800.000", "3.964.300", "82,6"),
    ("Tổng cộng", "6.350.000", "5.563.570", "87,6"),
]


def v(s):
    return float(s.replace(".", "").replace(",", "."))


def table():
    out = []
    for label, plan, done, rate in ROWS:
        out.append(F(f"\n{plan}\n", plan, v(plan) * TR, "money", "đồng", f"{label} dự toán năm 2024", PLAN,
                     status="target"))
        out.append(F(f"\n{done}\n", done, v(done) * TR, "money", "đồng", f"{label} thực hiện năm 2024", DONE))
        out.append(F(f"\n{rate}\n", rate, v(rate), "percent", "%", f"{label} tỷ lệ so với dự toán", RATE))
    return out


FIGS = [
    F("đạt 1.599 tỷ đồng", "1.599", 1599 * TY, "money", "đồng", "thu tiền thuê đất", Y24,
      change=C("increase", 7.3, baseline="năm 2023")),
    F("chiếm 86,7%", "86,7", 86.7, "percent", "%", "tỷ trọng tiền thuê đất trả hằng năm trong thu tiền thuê đất", Y24),
    F("có 1.927 tổ chức", "1.927", 1927, "count", "tổ chức", "tổ chức thuê đất"),
    F("có 684 doanh nghiệp", "684", 684, "count", "doanh nghiệp", "doanh nghiệp thuê đất trong khu công nghiệp",
      total=1927),
    F("trong 16 khu công nghiệp", "16", 16, "count", "khu công nghiệp", "khu công nghiệp đang hoạt động"),
] + table() + [
    F("từ 0,5% đến 3%", "0,5", 0.5, "percent", "%", "tỷ lệ phần trăm tính đơn giá thuê đất", value_max=3),
    F("còn 58 dự án", "58", 58, "count", "dự án", "dự án chậm nộp tiền thuê đất", ASOF),
    F("số tiền 96,4 tỷ đồng", "96,4", 96.4 * TY, "money", "đồng", "số tiền thuê đất chậm nộp", ASOF,
      change=C("decrease", 21.5 * TY, unit="đồng", baseline="đầu năm")),
    F("đạt 1.650 tỷ đồng", "1.650", 1650 * TY, "money", "đồng", "thu tiền thuê đất",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
]

COMMENTS = [
    "Department site (Cục Thuế tỉnh Bắc Ninh), no dateline (no published): land rent 2024, one-cell-per-line table, debt, 2025 target.",
    "Table: 'Đơn vị tính: triệu đồng' for money columns; the '(%)' column gives percent cells. 'Dự toán' column → status target;",
    "periods from the column headers (the % column has no year of its own: inherited). Cells carry no totals or percent attributes.",
    "'trong đó tiền thuê đất trả hằng năm chiếm 86,7%' names another subject: a percent figure of its own, not 1.599 tỷ's share.",
    "684 DN after 'trong đó' are among the 1.927 lessee organisations: total 1.927. 'giảm 21,5 tỷ đồng' is a change in đồng (value 21.5e9).",
    "revised: % column subjects use the literal column label 'tỷ lệ so với dự toán' (was 'tỷ lệ thực hiện so với dự toán').",
    "Distractors: Quyết định số 31/2024/QĐ-UBND, address 'Số 11 đường Lý Thái Tổ', phone and fax, 'Lượt truy cập: 1.284.907', menu.",
]

if __name__ == "__main__":
    build("p1042-7", TEXT, FIGS, COMMENTS, location="Bắc Ninh")
