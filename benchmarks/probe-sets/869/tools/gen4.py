"""p869-4: ministry site (Bộ NN&PTNT), national ice supply and ice quality for fishing fleets, 2024."""
from lib import C, F, I, P, T, write_set

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin hoạt động > Thủy sản
Nâng cao chất lượng nước đá bảo quản sản phẩm trên tàu cá
Ngày đăng: 20/02/2025 | Lượt xem: 1.147

Theo Cục Thủy sản, tính đến hết năm 2024, cả nước có khoảng 1.350 cơ sở sản xuất nước đá phục vụ khai thác thủy sản, tổng công suất trên 95.000 tấn/ngày, tập trung chủ yếu tại các tỉnh Nam Trung Bộ và Đồng bằng sông Cửu Long.

Năm 2024, nhu cầu nước đá của đội tàu khai thác xa bờ ước khoảng 14,5 triệu tấn, tăng 4% so với năm 2023. Các địa phương có nhu cầu lớn nhất lần lượt là Kiên Giang (2,1 triệu tấn), Cà Mau (1,6 triệu tấn), Bình Định (1,3 triệu tấn) và Bà Rịa - Vũng Tàu (1,1 triệu tấn). Tuy nhiên, tổn thất sau thu hoạch đối với hải sản khai thác vẫn ở mức 20-25%, một phần do thiếu đá hoặc dùng đá kém chất lượng.

Kết quả giám sát năm 2024 của các cơ quan quản lý chất lượng tại 28 tỉnh, thành phố ven biển cho thấy, trong tổng số 2.436 mẫu nước đá được lấy tại cảng cá và cơ sở sản xuất, có 219 mẫu không đạt chỉ tiêu vi sinh, chiếm 9%; riêng nhóm cơ sở quy mô nhỏ dưới 10 tấn/ngày có tỷ lệ không đạt tới 17,8%.

Cục Thủy sản cũng cho biết, số cảng cá được chỉ định xác nhận nguồn gốc thủy sản khai thác hiện là 91 cảng, trong đó 64 cảng có cơ sở sản xuất nước đá ngay trong khu cảng, chiếm 70,3%.

Mục tiêu đến năm 2030, 100% cảng cá loại I và loại II có nhà máy nước đá đạt quy chuẩn, tỷ lệ mẫu nước đá không đạt giảm xuống dưới 3% và tổn thất sau thu hoạch giảm còn dưới 10%. Bộ đề nghị các địa phương thực hiện nghiêm Nghị định số 15/2018/NĐ-CP, Thông tư số 17/2018/TT-BNNPTNT và lồng ghép hỗ trợ đầu tư kho lạnh, máy làm đá vảy theo Nghị định số 67/2014/NĐ-CP.

Bộ Nông nghiệp và Phát triển nông thôn - Số 2 Ngọc Hà, Ba Đình, Hà Nội. ĐT: 024.3846.8161
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
G24 = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
ASOF = P("tính đến hết năm 2024", None, "2024-12-31")
SUBJ = "nhu cầu nước đá của đội tàu khai thác xa bờ"
FIGS = [
    F("khoảng 1.350 cơ sở", "1.350", 1350, "count", "cơ sở", approx="about",
      subject="cơ sở sản xuất nước đá phục vụ khai thác thủy sản", period=ASOF),
    F("trên 95.000 tấn/ngày", "95.000", 95000, "measure", "tấn/ngày", approx="over",
      subject="tổng công suất cơ sở sản xuất nước đá", period=ASOF),
    F("khoảng 14,5 triệu tấn", "14,5", 14500000, "measure", "tấn", approx="about", status="estimate",
      change=C("increase", 4, baseline="năm 2023"), subject=SUBJ, period=Y24),
    F("Kiên Giang (2,1 triệu tấn)", "2,1", 2100000, "measure", "tấn", subject=SUBJ,
      period=I(Y24), location="Kiên Giang"),
    F("Cà Mau (1,6 triệu tấn)", "1,6", 1600000, "measure", "tấn", subject=SUBJ,
      period=I(Y24), location="Cà Mau"),
    F("Bình Định (1,3 triệu tấn)", "1,3", 1300000, "measure", "tấn", subject=SUBJ,
      period=I(Y24), location="Bình Định"),
    F("Vũng Tàu (1,1 triệu tấn)", "1,1", 1100000, "measure", "tấn", subject=SUBJ,
      period=I(Y24), location="Bà Rịa - Vũng Tàu"),
    F("mức 20-25%", "20", 20, "percent", "%", value_max=25,
      subject="tổn thất sau thu hoạch đối với hải sản khai thác"),
    F("tại 28 tỉnh", "28", 28, "count", "tỉnh, thành phố",
      subject="tỉnh, thành phố ven biển được giám sát", period=G24),
    F("tổng số 2.436 mẫu", "2.436", 2436, "count", "mẫu", subject="mẫu nước đá được lấy", period=G24),
    F("có 219 mẫu", "219", 219, "count", "mẫu", total=2436, percent=9,
      subject="mẫu không đạt chỉ tiêu vi sinh", period=G24),
    F("dưới 10 tấn/ngày", "10", 10, "measure", "tấn/ngày", approx="under",
      subject="quy mô cơ sở nhỏ", optional=True),
    F("tới 17,8%", "17,8", 17.8, "percent", "%",
      subject="tỷ lệ mẫu không đạt của nhóm cơ sở quy mô nhỏ", period=G24),
    F("là 91 cảng", "91", 91, "count", "cảng",
      subject="cảng cá được chỉ định xác nhận nguồn gốc thủy sản khai thác"),
    F("64 cảng", "64", 64, "count", "cảng", total=91, percent=70.3,
      subject="cảng có cơ sở sản xuất nước đá trong khu cảng"),
    F("100% cảng cá", "100", 100, "percent", "%", status="target",
      subject="cảng cá loại I và loại II có nhà máy nước đá đạt quy chuẩn", period=T30),
    F("dưới 3%", "3", 3, "percent", "%", approx="under", status="target",
      subject="tỷ lệ mẫu nước đá không đạt", period=T30),
    F("dưới 10%", "10", 10, "percent", "%", approx="under", status="target",
      subject="tổn thất sau thu hoạch", period=T30),
]

NOTES = [
    "Bộ NN&PTNT site: national ice plants, ice demand of the offshore fleet 2024, ice quality monitoring, targets to 2030.",
    "National figures are 'Việt Nam'; the 'lần lượt' list shares the demand indicator, each province is its location; the list",
    "sentence has no cue of its own, so its items are actual, period 'Năm 2024' inherited. '28 tỉnh, thành phố' is a count of",
    "provinces (Việt Nam). 'loại I và loại II', decree/circular numbers, 'Số 2 Ngọc Hà', the phone and 'Lượt xem' are not figures.",
    "'dưới 10 tấn/ngày' defines the small-plant group: optional.",
]

write_set("p869-4", TEXT, FIGS, NOTES, published="2025-02-20", location="Việt Nam")
