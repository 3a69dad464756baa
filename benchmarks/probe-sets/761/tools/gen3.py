from lib import F, P, I, CH, TG, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện Đề án phát triển cây trầm hương 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tính đến ngày 30/9/2024, toàn tỉnh có 2.064 ha cây trầm hương, đạt 82,6% mục tiêu Đề án đến năm 2025 (2.500 ha). Trong 9 tháng năm 2024 trồng mới 136 ha, bằng 113,3% cùng kỳ.

Bảng 1. Diện tích, sản lượng trầm hương theo địa phương (tính đến 30/9/2024)
TT | Địa phương | Diện tích (ha) | Đã cấy tạo trầm (ha) | Sản lượng trầm 9 tháng (kg)
1 | Tiên Phước | 612 | 205 | 1.450
2 | Hiệp Đức | 438 | 120 | 860
3 | Nông Sơn | 395 | 96 | 710
4 | Bắc Trà My | 327 | 64 | 385
5 | Các địa phương khác | 292 | 45 | 295
  | Tổng cộng | 2.064 | 530 | 3.700

2. Chế biến, tiêu thụ
Toàn tỉnh có 47 cơ sở chế biến trầm hương, tăng 5 cơ sở so với cuối năm 2023. 9 tháng, giá trị sản phẩm trầm hương tiêu thụ ước đạt 215,4 tỷ đồng, tăng 9,7% so với cùng kỳ năm 2023, đạt 71,8% kế hoạch năm. Kim ngạch xuất khẩu tinh dầu và sản phẩm trầm ước đạt 3,6 triệu USD.

3. Hỗ trợ phát triển
Từ đầu năm 2024 đến nay, ngân sách tỉnh đã bố trí 4.850 triệu đồng hỗ trợ cây giống cho 312 hộ, bình quân 15,5 triệu đồng/hộ.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu trồng mới thêm 64 ha, nâng tổng diện tích lên khoảng 2.130 ha; giá trị sản phẩm tiêu thụ cả năm 2024 đạt 300 tỷ đồng.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

ASOF = P("Tính đến ngày 30/9/2024", end="2024-09-30")
TB = I(P("tính đến 30/9/2024", end="2024-09-30"))
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9b = P("9 tháng", "2024-01-01", "2024-09-30")
TBQ = P("Sản lượng trầm 9 tháng", "2024-01-01", "2024-09-30")  # column header: scored (cf. h23)
YTD = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-10-14")
Q4 = I(P("QUÝ IV/2024", "2024-10-01", "2024-12-31"))
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")


def row(place, area, done, out, loc=None, label=None):
    lab = label or ""
    kw = {"location": loc} if loc else {}
    sep = " " if lab else ""
    return [
        F(f"{place} | {area} |", area, float(area.replace(".", "")), "measure", "ha", f"Diện tích{sep}{lab}", TB, **kw),
        F(f"| {area} | {done} |", done, float(done), "measure", "ha", f"Đã cấy tạo trầm{sep}{lab}", TB, **kw),
        F(f"| {done} | {out}\n", out, float(out.replace(".", "")), "measure", "kg", f"Sản lượng trầm 9 tháng{sep}{lab}", TBQ, **kw),
    ]


FIGS = [
    F("có 2.064 ha", "2.064", 2064, "measure", "ha", "diện tích cây trầm hương", ASOF, percent=82.6, target=TG(2500, "ha")),
    F("trồng mới 136 ha", "136", 136, "measure", "ha", "diện tích cây trầm hương trồng mới", M9, percent=113.3),
]
FIGS += row("Tiên Phước", "612", "205", "1.450", loc="Tiên Phước")
FIGS += row("Hiệp Đức", "438", "120", "860", loc="Hiệp Đức")
FIGS += row("Nông Sơn", "395", "96", "710", loc="Nông Sơn")
FIGS += row("Bắc Trà My", "327", "64", "385", loc="Bắc Trà My")
FIGS += row("Các địa phương khác", "292", "45", "295", label="các địa phương khác")
FIGS += row("Tổng cộng", "2.064", "530", "3.700", label="tổng cộng")
FIGS += [
    F("có 47 cơ sở", "47", 47, "count", "cơ sở", "cơ sở chế biến trầm hương", change=CH("increase", 5, "cơ sở", "cuối năm 2023")),
    F("ước đạt 215,4 tỷ đồng", "215,4", 215.4e9, "money", "đồng", "giá trị sản phẩm trầm hương tiêu thụ", M9b,
      percent=71.8, change=CH("increase", 9.7, "%", "cùng kỳ năm 2023"), status="estimate"),
    F("ước đạt 3,6 triệu USD", "3,6", 3.6e6, "money", "USD", "kim ngạch xuất khẩu tinh dầu và sản phẩm trầm", I(M9b), status="estimate"),
    F("bố trí 4.850 triệu đồng", "4.850", 4850e6, "money", "đồng", "ngân sách tỉnh hỗ trợ cây giống", YTD),
    F("cho 312 hộ", "312", 312, "count", "hộ", "hộ được hỗ trợ cây giống", YTD),
    F("bình quân 15,5 triệu đồng/hộ", "15,5", 15.5e6, "money", "đồng/hộ", "mức hỗ trợ cây giống bình quân", YTD),
    F("thêm 64 ha", "64", 64, "measure", "ha", "diện tích cây trầm hương trồng mới thêm", Q4, status="target"),
    F("khoảng 2.130 ha", "2.130", 2130, "measure", "ha", "tổng diện tích cây trầm hương", Q4, approx="about", status="target"),
    F("đạt 300 tỷ đồng", "300", 300e9, "money", "đồng", "giá trị sản phẩm trầm hương tiêu thụ cả năm", Y24, status="target"),
]

COMMENTS = [
    "Formal report under a letterhead (UBND tỉnh Quảng Nam, Số: 318/BC-UBND, place-and-date line = published): trầm hương 9 months 2024,",
    "flattened '|' table by district (Diện tích (ha) | Đã cấy tạo trầm (ha) | Sản lượng trầm 9 tháng (kg)), units in the column headers.",
    "Table cells: subject = column label (+ row label when it is not a place); district rows go to location; periods come from the table",
    "title line '(tính đến 30/9/2024)' for the area columns (inherited) and from the column header 'Sản lượng trầm 9 tháng' for the output",
    "column (scored, as shared h23 scores column-header periods). No total for table cells (no part cue in the table).",
    "'(2.500 ha)' after 'mục tiêu Đề án đến năm 2025' is the target of 2.064 ha (an attribute, not a figure). 'bằng 113,3% cùng kỳ' is the percent of 136 ha.",
    "Not figures: Số 318/BC-UBND, dates, 'Bảng 1', row numbers 1-5, section numbers I./II./1./2./3., 'QUÝ IV/2024' heading.",
    "'Từ đầu năm 2024 đến nay' ends at the report date. Q4 tasks take the heading's quarter (inherited); 'cả năm 2024' is stated in its sentence.",
]

if __name__ == "__main__":
    emit("p761-3", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Quảng Nam")
