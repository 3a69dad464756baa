from lib import build, F, P, chg, tgt

TEXT = """
Tuyên Quang: Vụ ép mía 2023-2024 về đích sớm
Thứ Hai, 12/02/2024 08:05 | Bình luận (0)

(BTQ) - Tính đến ngày 5/2/2024, Công ty CP Mía đường Tuyên Quang đã ép được 228.450 tấn mía, đạt 91% kế hoạch, sản xuất 22.180 tấn đường; chữ đường bình quân đạt 10,1 CCS, tăng 0,4 CCS so với cùng kỳ vụ trước.

Niên vụ 2023-2024, tổng diện tích mía nguyên liệu của tỉnh là 3.430 ha, gồm: huyện Sơn Dương 2.150 ha, Yên Sơn 860 ha và Hàm Yên 420 ha. Năng suất bình quân ước đạt 72 tấn/ha, tăng 3,5 tấn/ha so với vụ trước; sản lượng ước khoảng 247.000 tấn. Trong quý I/2024, huyện Sơn Dương phấn đấu trồng mới 450 ha mía.

Giá thu mua mía tại ruộng ở mức 1.050.000 đồng/tấn, cao hơn 100.000 đồng/tấn so với vụ trước; công ty còn hỗ trợ cước vận chuyển 20.000-40.000 đồng/tấn tùy cự ly.

Năm 2023, công ty đạt doanh thu 612,4 tỷ đồng, tăng 18,2% so với năm 2022; nộp ngân sách nhà nước 36,7 tỷ đồng; thu nhập bình quân của người lao động 9,8 triệu đồng/người/tháng.

Từ năm 2021 đến nay, tỉnh đã hỗ trợ trên 14,5 tỷ đồng để người dân trồng mới, cải tạo giống mía. Mức hỗ trợ là 8 triệu đồng/ha trồng mới bằng giống mới.

Kế hoạch niên vụ 2024-2025, tỉnh phấn đấu mở rộng diện tích mía lên 4.000 ha, trong đó 600 ha mía tưới tiết kiệm; số hộ ký hợp đồng liên kết với công ty đạt trên 4.200 hộ.

Hồng Nhung
"""

AS = P("Tính đến ngày 5/2/2024", None, "2024-02-05")
NV = P("Niên vụ 2023-2024", "2023-01-01", "2024-12-31")
NVi = P("Niên vụ 2023-2024", "2023-01-01", "2024-12-31", inh=True)
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TN = P("Từ năm 2021 đến nay", "2021-01-01", "2024-02-12")
TNi = P("Từ năm 2021 đến nay", "2021-01-01", "2024-02-12", inh=True)
KH = P("niên vụ 2024-2025", "2024-01-01", "2025-12-31")
DT = "diện tích mía nguyên liệu"

FIGS = [
    F("ép được 228.450 tấn mía", "228.450", 228450, "measure", "tấn", "mía công ty đã ép", percent=91, period=AS),
    F("sản xuất 22.180 tấn đường", "22.180", 22180, "measure", "tấn", "đường sản xuất", period=AS),
    F("đạt 10,1 CCS", "10,1", 10.1, "measure", "CCS", "chữ đường bình quân",
      change=chg("increase", 0.4, "CCS", "cùng kỳ vụ trước"), period=AS),
    F("là 3.430 ha", "3.430", 3430, "measure", "ha", "tổng diện tích mía nguyên liệu của tỉnh", period=NV),
    F("Sơn Dương 2.150 ha", "2.150", 2150, "measure", "ha", DT, total=3430, location="Sơn Dương", period=NV),
    F("Yên Sơn 860 ha", "860", 860, "measure", "ha", DT, total=3430, location="Yên Sơn", period=NV),
    F("Hàm Yên 420 ha", "420", 420, "measure", "ha", DT, total=3430, location="Hàm Yên", period=NV),
    F("ước đạt 72 tấn/ha", "72", 72, "measure", "tấn/ha", "năng suất bình quân", status="estimate",
      change=chg("increase", 3.5, "tấn/ha", "vụ trước"), period=NVi),
    F("khoảng 247.000 tấn", "247.000", 247000, "measure", "tấn", "sản lượng", approx="about", status="estimate", period=NVi),
    F("trồng mới 450 ha mía", "450", 450, "measure", "ha", "diện tích mía trồng mới", status="target",
      location="Sơn Dương", period=Q1),
    F("mức 1.050.000 đồng/tấn", "1.050.000", 1050000, "money", "đồng/tấn", "giá thu mua mía tại ruộng",
      change=chg("increase", 100000, "đồng/tấn", "vụ trước"), period=NVi),
    F("20.000-40.000 đồng/tấn", "20.000", 20000, "money", "đồng/tấn", "hỗ trợ cước vận chuyển", value_max=40000, period=NVi),
    F("doanh thu 612,4 tỷ đồng", "612,4", 612400000000, "money", "đồng", "doanh thu của công ty",
      change=chg("increase", 18.2, "%", "năm 2022"), period=Y23),
    F("nộp ngân sách nhà nước 36,7 tỷ", "36,7", 36700000000, "money", "đồng", "nộp ngân sách nhà nước", period=Y23),
    F("9,8 triệu đồng/người/tháng", "9,8", 9800000, "money", "đồng/người/tháng", "thu nhập bình quân của người lao động", period=Y23),
    F("trên 14,5 tỷ đồng", "14,5", 14500000000, "money", "đồng", "hỗ trợ người dân trồng mới, cải tạo giống mía",
      approx="over", period=TN),
    F("là 8 triệu đồng/ha", "8", 8000000, "money", "đồng/ha", "mức hỗ trợ trồng mới bằng giống mới", period=TNi),
    F("lên 4.000 ha", "4.000", 4000, "measure", "ha", "diện tích mía", status="target", period=KH),
    F("trong đó 600 ha", "600", 600, "measure", "ha", "mía tưới tiết kiệm", total=4000, status="target", period=KH),
    F("trên 4.200 hộ", "4.200", 4200, "count", "hộ", "hộ ký hợp đồng liên kết với công ty", approx="over",
      status="target", period=KH),
]

COMMENTS = [
    "Báo Tuyên Quang ('(BTQ)' tag): in-season report of the province's sugar company — cane crushed to 5/2/2024, area by district, yields, prices, 2023 business results, support, plan.",
    "Dateline 'Thứ Hai, 12/02/2024 08:05 | Bình luận (0)' (the comment count is page furniture); byline at the end.",
    "228.450 tấn 'đạt 91% kế hoạch' -> percent 91 (no plan amount given, so no target). The company name carries the province: location Tuyên Quang.",
    "'3.430 ha, gồm: huyện Sơn Dương 2.150 ha, …' -> parts with total 3430, each district its location (2.150 + 860 + 420 = 3.430).",
    "'ước đạt' / 'ước khoảng' -> estimate. 'Từ năm 2021 đến nay' -> 2021-01-01 .. dateline 2024-02-12. 'Trong quý I/2024 … phấn đấu' -> target for Sơn Dương.",
    "'tăng 0,4 CCS', 'tăng 3,5 tấn/ha', 'cao hơn 100.000 đồng/tấn' are changes in the figure's own unit. Plan: 600 ha after 'trong đó' -> total 4000.",
    "Distractors: 'Bình luận (0)', dateline, 'ngày 5/2/2024', baselines 'năm 2022', 'vụ trước'.",
]

build("p256-8", TEXT, COMMENTS, FIGS, published="2024-02-12", location="Tuyên Quang")
