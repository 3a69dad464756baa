from lib import F, P, CH, TG, build

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN MAI SƠN
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Mai Sơn, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả phát triển dâu tằm năm 2023, phương hướng nhiệm vụ năm 2024

Thực hiện Kế hoạch số 112/KH-UBND ngày 15/3/2023 của UBND huyện về phát triển cây dâu, nuôi tằm, UBND huyện báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Một số chỉ tiêu chủ yếu
Chỉ tiêu | Đơn vị | Kế hoạch 2023 | Ước thực hiện 2023 | Ước TH so KH (%) | Kế hoạch 2024
Diện tích dâu | ha | 850 | 912 | 107,3 | 1.000
Diện tích trồng mới | ha | 150 | 174 | 116,0 | 120
Sản lượng kén | tấn | 620 | 684,5 | 110,4 | 750
Giá trị sản xuất | triệu đồng | 98.000 | 112.940 | 115,2 | 125.000

2. Đánh giá chung
Năm 2023, toàn huyện có 1.350 hộ trồng dâu nuôi tằm tại 14/22 xã, thị trấn; thu nhập từ dâu tằm đạt 180-220 triệu đồng/ha/năm, cao hơn 2,5 lần so với trồng ngô. Giá kén bình quân cả năm đạt 168.000 đồng/kg (tháng 8/2023 có thời điểm lên 205.000 đồng/kg). Đã thành lập mới 3 hợp tác xã, nâng tổng số lên 11 hợp tác xã dâu tằm. Công ty TNHH Tơ lụa Sơn La (Khu công nghiệp Mai Sơn, Km 7) thu mua 62% sản lượng kén của huyện.
Tồn tại: 36 ha dâu ở xã Cò Nòi bị sâu bệnh, năng suất giảm khoảng 30%.

II. NHIỆM VỤ NĂM 2024
Phấn đấu trồng mới 120 ha dâu; hỗ trợ 50% kinh phí mua nong, né cho hộ nuôi mới; mỗi xã có ít nhất 1 mô hình nuôi tằm con tập trung.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, NN.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
"""

K23 = P("Kế hoạch 2023", "2023-01-01", "2023-12-31")
U23 = P("Ước thực hiện 2023", "2023-01-01", "2023-12-31")
R23 = P("Ước TH so KH (%)", "2023-01-01", "2023-12-31", inh=True)
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
N24i = P("NĂM 2024", "2024-01-01", "2024-12-31", inh=True)

ROWS = [
    # label, unit, kind, mult, cells (anchor, number) x5
    ("Diện tích dâu", "ha", "measure", 1, [
        ("Diện tích dâu | ha | 850 |", "850"), ("850 | 912 |", "912"), ("912 | 107,3 |", "107,3"),
        ("107,3 | 1.000\n", "1.000")]),
    ("Diện tích trồng mới", "ha", "measure", 1, [
        ("| ha | 150 |", "150"), ("150 | 174 |", "174"), ("174 | 116,0 |", "116,0"), ("116,0 | 120\n", "120")]),
    ("Sản lượng kén", "tấn", "measure", 1, [
        ("| tấn | 620 |", "620"), ("620 | 684,5 |", "684,5"), ("684,5 | 110,4 |", "110,4"), ("110,4 | 750\n", "750")]),
    ("Giá trị sản xuất", "đồng", "money", 1_000_000, [
        ("| triệu đồng | 98.000 |", "98.000"), ("98.000 | 112.940 |", "112.940"), ("112.940 | 115,2 |", "115,2"),
        ("115,2 | 125.000\n", "125.000")]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = []
for label, unit, kind, mult, cells in ROWS:
    (a1, n1), (a2, n2), (a3, n3), (a4, n4) = cells
    FIGS.append(F(a1, n1, num(n1) * mult, kind, unit, f"{label} kế hoạch 2023", status="target", period=K23))
    FIGS.append(F(a2, n2, num(n2) * mult, kind, unit, f"{label} ước thực hiện 2023", status="estimate", period=U23))
    FIGS.append(F(a3, n3, num(n3), "percent", "%", f"{label} ước thực hiện so kế hoạch", status="estimate", period=R23))
    FIGS.append(F(a4, n4, num(n4) * mult, kind, unit, f"{label} kế hoạch 2024", status="target", period=K24))

FIGS += [
    F("có 1.350 hộ", "1.350", 1350, "count", "hộ", "hộ trồng dâu nuôi tằm", period=Y23),
    F("tại 14/22 xã", "14", 14, "count", "xã, thị trấn", "xã, thị trấn có hộ trồng dâu nuôi tằm", total=22, period=Y23),
    F("đạt 180-220 triệu đồng/ha/năm", "180", 180000000, "money", "đồng/ha/năm", "thu nhập từ dâu tằm",
      value_max=220000000, change=CH("increase", 2.5, "lần", "trồng ngô"), period=Y23),
    F("đạt 168.000 đồng/kg", "168.000", 168000, "money", "đồng/kg", "giá kén bình quân cả năm",
      period=P("cả năm", "2023-01-01", "2023-12-31")),
    F("lên 205.000 đồng/kg", "205.000", 205000, "money", "đồng/kg", "giá kén",
      period=P("tháng 8/2023", "2023-08-01", "2023-08-31")),
    F("mới 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã thành lập mới", period=Y23i),
    F("lên 11 hợp tác xã", "11", 11, "count", "hợp tác xã", "hợp tác xã dâu tằm", period=Y23i),
    F("thu mua 62%", "62", 62, "percent", "%", "tỷ lệ sản lượng kén của huyện do Công ty TNHH Tơ lụa Sơn La thu mua",
      period=Y23i),
    F("36 ha dâu", "36", 36, "measure", "ha", "diện tích dâu bị sâu bệnh", period=Y23i),
    F("giảm khoảng 30%", "30", 30, "percent", "%", "mức giảm năng suất dâu bị sâu bệnh", approx="about", period=Y23i),
    F("trồng mới 120 ha dâu", "120", 120, "measure", "ha", "diện tích dâu trồng mới", status="target", period=N24i),
    F("hỗ trợ 50% kinh phí", "50", 50, "percent", "%", "mức hỗ trợ kinh phí mua nong, né cho hộ nuôi mới",
      status="target", period=N24i),
    F("ít nhất 1 mô hình", "1", 1, "count", "mô hình", "mô hình nuôi tằm con tập trung mỗi xã", approx="at_least",
      status="target", period=N24i, optional=True),
]

COMMENTS = [
    "Formal report with letterhead (UBND huyện Mai Sơn, Sơn La, 'Số: 287/BC-UBND'); the place-and-date line 'Mai Sơn, ngày 18 tháng 12 năm 2023' is its date.",
    "Flattened '|' table: Chỉ tiêu | Đơn vị | Kế hoạch 2023 | Ước thực hiện 2023 | Ước TH so KH (%) | Kế hoạch 2024; unit from the 'Đơn vị' cell",
    "('triệu đồng' multiplies: 98.000 = 98·10⁹ đồng), '(%)' column is percent. Period from the column header as in shared h23/h24 (scored);",
    "the ratio column has no year in its header and takes 2023 from the section heading (inherited). Kế hoạch = target, Ước thực hiện and 'Ước TH' = estimate;",
    "no target/percent attributes on table cells (every cell is its own figure, as h23). '14/22 xã, thị trấn' total 22. 'cao hơn 2,5 lần' = change of income.",
    "'cả năm' takes 2023 from 'Năm 2023' earlier. '3 hợp tác xã, nâng tổng số lên 11' has no part-of cue: no total. 'giảm khoảng 30%' is a rate that is the claim.",
    "Section II 'NHIỆM VỤ NĂM 2024' gives period (inherited); 'Phấn đấu' governs the ';' clauses: target. 'ít nhất 1 mô hình' optional.",
    "Distractors: 'Số: 287/BC-UBND', 'Kế hoạch số 112/KH-UBND ngày 15/3/2023', section numbers I./II./1./2., 'Km 7', 'Lưu: VT, NN', years in headers.",
]

build("p350-3", TEXT, COMMENTS, FIGS, published="2023-12-18", location="Mai Sơn")
