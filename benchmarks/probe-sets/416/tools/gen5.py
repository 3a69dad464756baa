from lib import C, F, P, T, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH CAO BẰNG
Tin tức - Sự kiện » Chăn nuôi - Thú y

Phát triển đàn bò H'Mông gắn với bảo tồn nguồn gen tại các huyện vùng cao
Ngày đăng: 22/03/2024 | Lượt xem: 845

Bò H'Mông là giống bò bản địa có tầm vóc lớn, thịt thơm ngon, được nuôi chủ yếu tại các huyện Bảo Lâm, Bảo Lạc, Hà Quảng và Nguyên Bình. Năm 2023, tổng đàn bò H'Mông toàn tỉnh đạt 24.870 con, chiếm 27,4% tổng đàn bò của tỉnh; khối lượng bò đực trưởng thành bình quân 350-400 kg/con.

Bảng 1. Số lượng bò H'Mông tại một số huyện
Đơn vị tính: con

Huyện

Năm 2022

Năm 2023

Bảo Lâm

7.215

7.640

Bảo Lạc

6.382

6.705

Hà Quảng

4.918

5.106

Nguyên Bình

3.120

3.287

Giai đoạn 2021-2023, tỉnh đã hỗ trợ 1.350 hộ mua bò H'Mông cái sinh sản với mức 15 triệu đồng/con, tổng kinh phí hơn 20,2 tỷ đồng từ nguồn Chương trình 135. Tỷ lệ bê sinh ra nuôi sống đến cai sữa đạt 92-95%. Huyện Hà Quảng đứng thứ 3 toàn tỉnh về quy mô đàn bò H'Mông.

Năm 2023, Trung tâm Giống cây trồng, vật nuôi và thủy sản tỉnh đã khai thác, sản xuất 3.000 liều tinh đông lạnh bò H'Mông. Quý I/2024, Trung tâm dự kiến phối giống cho khoảng 400 con bò cái tại 12 xã thuộc huyện Bảo Lâm và Bảo Lạc.

Mục tiêu đến năm 2025, tổng đàn bò H'Mông của tỉnh đạt trên 30.000 con, trong đó bò cái sinh sản chiếm 55%.

Văn phòng Sở - Số 6 Hoàng Đình Giong, TP Cao Bằng
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y22c = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23c = P("Năm 2023", "2023-01-01", "2023-12-31")
GD = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
GDi = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31", inh=True)
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
T25 = P("đến năm 2025", None, "2025-12-31")
SUBJ = "số lượng bò H'Mông"

FIGS = [
    F("đạt 24.870 con", "24.870", 24870, "count", "con", "tổng đàn bò H'Mông", Y23, percent=27.4),
    F("bình quân 350-400 kg/con", "350", 350, "measure", "kg", "khối lượng bò đực trưởng thành bình quân", Y23,
      value_max=400),
]
TABLE = [("Bảo Lâm", "7.215", "7.640"), ("Bảo Lạc", "6.382", "6.705"), ("Hà Quảng", "4.918", "5.106"),
         ("Nguyên Bình", "3.120", "3.287")]
for place, a, b in TABLE:
    FIGS.append(F(f"{place}\n\n{a}", a, float(a.replace(".", "")), "count", "con", SUBJ, Y22c, location=place))
    FIGS.append(F(f"{a}\n\n{b}", b, float(b.replace(".", "")), "count", "con", SUBJ, Y23c, location=place))
FIGS += [
    F("hỗ trợ 1.350 hộ", "1.350", 1350, "count", "hộ", "hộ được hỗ trợ mua bò H'Mông cái sinh sản", GD),
    F("mức 15 triệu đồng/con", "15", 15000000, "money", "đồng/con", "mức hỗ trợ mua bò H'Mông cái sinh sản", GD),
    F("hơn 20,2 tỷ đồng", "20,2", 20200000000, "money", "đồng", "tổng kinh phí hỗ trợ", GD, approx="over"),
    F("đạt 92-95%", "92", 92, "percent", "%", "tỷ lệ bê sinh ra nuôi sống đến cai sữa", GDi, value_max=95),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "quy mô đàn bò H'Mông", Y23i, location="Hà Quảng"),
    F("sản xuất 3.000 liều", "3.000", 3000, "count", "liều", "liều tinh đông lạnh bò H'Mông sản xuất", Y23),
    F("khoảng 400 con", "400", 400, "count", "con", "bò cái được phối giống", Q1, approx="about",
      status="forecast"),
    F("tại 12 xã", "12", 12, "count", "xã", optional=True),
    F("trên 30.000 con", "30.000", 30000, "count", "con", "tổng đàn bò H'Mông", T25, approx="over",
      status="target"),
    F("chiếm 55%", "55", 55, "percent", "%", "bò cái sinh sản trong tổng đàn bò H'Mông", T25, status="target"),
]

emit("p416-5", TEXT, [
    "Sở NN&PTNT Cao Bằng (department site): the H'Mông cattle breed, herd 2023 and share of the province's cattle, a",
    "one-cell-per-line table of four districts (Năm 2022 / Năm 2023, 'Đơn vị tính: con'), support to buy breeding cows,",
    "frozen semen, Q1/2024 plan, 2025 target. Dateline 'Ngày đăng: 22/03/2024 | Lượt xem: 845'.",
    "Distractors: 'Bảng 1', 'Chương trình 135' (a programme name), address 'Số 6 Hoàng Đình Giong', view counter.",
    "Table cells: district row labels → location; subject from the table title; period from the column header (scored).",
    "'đứng thứ 3 toàn tỉnh' is a rank; its period (2023, the latest data) stands only in other sentences. 'dự kiến' → forecast. '12 xã' optional.",
    "'Mục tiêu đến năm 2025' governs the clause and its 'trong đó' part: both targets; 55% is a percent figure",
    "(a percent has no whole), so no total. 92-95% inherits the sentence before's period.",
], FIGS, published="2024-03-22", location="Cao Bằng")
