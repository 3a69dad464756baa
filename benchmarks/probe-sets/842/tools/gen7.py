"""p842-7: Department site (Sở TT&TT Sóc Trăng), no dateline, one-cell-per-line table by enterprise (2022, 2023, plan 2024)."""
from lib import F, P, I, C, T, build

ROWS = [
    ("VNPT Sóc Trăng", "86.410", "93.150", "99.000"),
    ("Viettel Sóc Trăng", "78.230", "86.920", "94.000"),
    ("FPT Telecom", "24.170", "27.600", "31.000"),
    ("Doanh nghiệp khác", "4.010", "6.710", "8.000"),
    ("Tổng cộng", "192.820", "214.380", "232.000"),
]
HEAD = ["Doanh nghiệp", "Năm 2022", "Năm 2023", "Kế hoạch 2024"]
TABLE = "\n".join(HEAD + [c for r in ROWS for c in r])

TEXT = f"""SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH SÓC TRĂNG
Trang chủ / Bưu chính - Viễn thông / Tin hoạt động

Phát triển thuê bao băng rộng cố định năm 2023

Năm 2023, toàn tỉnh Sóc Trăng phát triển mới 21.640 thuê bao internet băng rộng cố định, nâng tổng số thuê bao lên 214.380 thuê bao, tăng 11,2% so với năm 2022; mật độ đạt 17,8 thuê bao/100 dân. Tỷ lệ hộ gia đình sử dụng internet cáp quang đạt 68,4%, cao hơn 3,6 điểm phần trăm so với năm 2022 nhưng vẫn thấp hơn bình quân cả nước (79,4%).

Số thuê bao băng rộng cố định phân theo doanh nghiệp:
Đơn vị tính: thuê bao
{TABLE}

Đáng chú ý, huyện Cù Lao Dung và thị xã Vĩnh Châu có tốc độ tăng thuê bao cao nhất, lần lượt 19,5% và 16,8%.

Năm 2024, Sở phấn đấu cùng các doanh nghiệp lắp đặt 120 điểm wifi công cộng tại chợ, bến phà và điểm du lịch như chùa Dơi, chùa Chén Kiểu; hiện toàn tỉnh đã có 78 điểm.

Bản quyền thuộc Sở Thông tin và Truyền thông tỉnh Sóc Trăng
Địa chỉ: Số 18 Hai Bà Trưng, Phường 1, TP. Sóc Trăng, tỉnh Sóc Trăng
Điện thoại: 0299.3822.064 - Email: stttt@soctrang.gov.vn
Lượt truy cập: 1.284.557 | Đang trực tuyến: 37
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
RATE = "tỷ lệ hộ gia đình sử dụng internet cáp quang"

FIGS = [
    F("mới 21.640 thuê bao", "21.640", 21640, "count", "thuê bao", "thuê bao internet băng rộng cố định phát triển mới",
      Y23),
    F("lên 214.380 thuê bao", "214.380", 214380, "count", "thuê bao", "tổng số thuê bao internet băng rộng cố định", Y23,
      change=C("increase", 11.2, "%", "năm 2022")),
    F("đạt 17,8 thuê bao/100 dân", "17,8", 17.8, "measure", "thuê bao/100 dân", "mật độ thuê bao", Y23),
    F("cáp quang đạt 68,4%", "68,4", 68.4, "percent", "%", RATE, I(Y23),
      change=C("increase", 3.6, "điểm phần trăm", "năm 2022")),
    F("cả nước (79,4%)", "79,4", 79.4, "percent", "%", RATE + " bình quân cả nước", I(Y23), location="Việt Nam"),
]
for name, *cells in ROWS:
    subj = "tổng số thuê bao băng rộng cố định" if name == "Tổng cộng" else f"thuê bao băng rộng cố định của {name}"
    left = name
    for per, cell, head in zip((Y22, Y23, K24), cells, ("năm 2022", "năm 2023", "kế hoạch 2024")):
        kw = {"status": "target"} if per is K24 else {}
        # subject = row label (enterprise) + indicator + column label (FIGURES.md Tables)
        FIGS.append(F(f"{left}\n{cell}", cell, float(cell.replace(".", "")), "count", "thuê bao",
                      f"{subj} {head}", per, **kw))
        left = cell

GROW = "tốc độ tăng thuê bao"
FIGS += [
    F("lần lượt 19,5%", "19,5", 19.5, "percent", "%", GROW, I(Y23), location="Cù Lao Dung"),
    F("và 16,8%", "16,8", 16.8, "percent", "%", GROW, I(Y23), location="Vĩnh Châu"),
    F("lắp đặt 120 điểm", "120", 120, "count", "điểm wifi công cộng", "điểm wifi công cộng lắp đặt",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("đã có 78 điểm", "78", 78, "count", "điểm", "điểm wifi công cộng toàn tỉnh"),
]

NOTES = [
    "Sở TT&TT Sóc Trăng site: no dateline (published absent), footer with address, phone, e-mail and visit counter.",
    "Fixed-broadband subscribers 2023 and a one-cell-per-line table (header cells one per line, then each row's cells):",
    "Doanh nghiệp | Năm 2022 | Năm 2023 | Kế hoạch 2024, 'Đơn vị tính: thuê bao'. Cells: subject = row label (an enterprise,",
    "not a place) + indicator; period from the column (scored); 'Kế hoạch 2024' -> target; 'Tổng cộng' its own figure; no totals.",
    "'cao hơn 3,6 điểm phần trăm so với năm 2022' is the change of 68,4%; 'thấp hơn bình quân cả nước (79,4%)' gives no",
    "change value, 79,4% is a national figure of its own. '17,8 thuê bao/100 dân' is a rate (measure, denominator in unit).",
    "'lần lượt 19,5% và 16,8%' are growth rates as the claim, located in Cù Lao Dung / Vĩnh Châu. 'hiện' -> no period.",
    "Not figures: 'Số 18 Hai Bà Trưng, Phường 1', '0299.3822.064', 'Lượt truy cập: 1.284.557', 'Đang trực tuyến: 37'.",
    "revised after the first run: table-cell subjects now carry the column label as well ('... của VNPT Sóc Trăng năm 2022'),",
    "as FIGURES.md (Tables: 'row label and the column label') and shared gold h24 ('... năm 2015') do.",
]

build("p842-7", TEXT, FIGS, NOTES, location="Sóc Trăng")
