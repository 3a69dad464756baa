from lib import *

T = """CÔNG ĐOÀN VIỆT NAM
Chuyên mục: Chăm lo đời sống đoàn viên

Khởi công dự án nhà ở công nhân đầu tiên do công đoàn làm chủ đầu tư

Theo Tổng Liên đoàn Lao động Việt Nam, cả nước hiện có khoảng 1,8 triệu công nhân lao động có nhu cầu về nhà ở; trong đó khoảng 1,3 triệu người đang phải thuê phòng trọ, chiếm 72%.

Dự án thiết chế công đoàn tại KCN Tam Thăng (Quảng Nam) có tổng vốn đầu tư 640 tỷ đồng, quy mô 1.000 căn hộ, diện tích mỗi căn từ 40 đến 60 m², dự kiến đáp ứng chỗ ở cho khoảng 3.500 công nhân. Đây là 1 trong 3 dự án nhà ở công nhân do Tổng Liên đoàn khởi công trong quý III/2024.

Kết quả khảo sát điều kiện chỗ ở của công nhân quý III/2024 (tỷ lệ %):
Địa phương\tThuê trọ\tNhà của doanh nghiệp\tNhà ở xã hội
Bắc Ninh\t68,4\t12,1\t4,3
Bình Dương\t79,2\t8,5\t3,1
Đồng Nai\t74,6\t9,8\t2,7
Cả nước\t72,0\t10,2\t3,6

Mức thuê phòng trọ bình quân khoảng 1,5-2 triệu đồng/phòng/tháng; diện tích ở bình quân chỉ 5,2 m²/người, thấp hơn 2,8 m² so với mức tối thiểu theo quy định.

Tổng Liên đoàn phấn đấu giai đoạn 2024-2030 đầu tư khoảng 10 dự án nhà ở công nhân với khoảng 15.000 căn hộ. Đồng thời, công đoàn các cấp hỗ trợ đoàn viên thuê trọ khó khăn với mức 500.000 đồng/người, theo Hướng dẫn số 32/HD-TLĐ; đường dây nóng 1900.1010."""

V = "Việt Nam"
PQ = per("quý III/2024", "2024-07-01", "2024-09-30", True)
rows = [("Bắc Ninh", "68,4", "12,1", "4,3"), ("Bình Dương", "79,2", "8,5", "3,1"),
        ("Đồng Nai", "74,6", "9,8", "2,7"), ("Cả nước", "72,0", "10,2", "3,6")]
cols = ["công nhân thuê trọ", "công nhân ở nhà của doanh nghiệp", "công nhân ở nhà ở xã hội"]
figs = [
    F("khoảng 1,8 triệu", "1,8", 1.8e6, "count", "công nhân", "công nhân lao động có nhu cầu về nhà ở", approx="about"),
    F("khoảng 1,3 triệu", "1,3", 1.3e6, "count", "người", "người phải thuê phòng trọ", approx="about", total=1.8e6, percent=72),
    F("tư 640 tỷ đồng", "640", 640e9, "money", "đồng", "tổng vốn đầu tư dự án thiết chế công đoàn", location="Quảng Nam"),
    F("quy mô 1.000 căn hộ", "1.000", 1000, "count", "căn hộ", "quy mô dự án thiết chế công đoàn", location="Quảng Nam"),
    F("từ 40 đến 60 m²", "40", 40, "measure", "m²", "diện tích mỗi căn", value_max=60, location="Quảng Nam"),
    F("khoảng 3.500 công nhân", "3.500", 3500, "count", "công nhân", "công nhân được đáp ứng chỗ ở", approx="about",
      status="forecast", location="Quảng Nam"),
    F("là 1 trong 3", "1", 1, "count", "dự án", "dự án nhà ở công nhân", total=3, optional=True),
    F("trong 3 dự án", "3", 3, "count", "dự án", "dự án nhà ở công nhân do Tổng Liên đoàn khởi công",
      period=per("quý III/2024", "2024-07-01", "2024-09-30")),
]
for loc, *vals in rows:
    place_ = V if loc == "Cả nước" else loc
    prev = loc
    for col, v in zip(cols, vals):
        figs.append(F(f"{prev}\t{v}", v, float(v.replace(",", ".")), "percent", "%", f"tỷ lệ {col}", period=PQ,
                      location=place_))
        prev = v
figs += [
    F("khoảng 1,5-2 triệu", "1,5", 1.5e6, "money", "đồng/phòng/tháng", "mức thuê phòng trọ bình quân", value_max=2e6, approx="about"),
    F("chỉ 5,2 m²", "5,2", 5.2, "measure", "m²/người", "diện tích ở bình quân",
      change={"direction": "decrease", "value": 2.8, "unit": "m²", "baseline": "mức tối thiểu theo quy định"}),
    F("khoảng 10 dự án", "10", 10, "count", "dự án", "dự án nhà ở công nhân", approx="about", status="target",
      period=per("giai đoạn 2024-2030", "2024-01-01", "2030-12-31")),
    F("khoảng 15.000 căn hộ", "15.000", 15000, "count", "căn hộ", "căn hộ nhà ở công nhân", approx="about", status="target",
      period=per("giai đoạn 2024-2030", "2024-01-01", "2030-12-31")),
    F("mức 500.000 đồng", "500.000", 500000, "money", "đồng/người", "mức hỗ trợ đoàn viên thuê trọ khó khăn"),
]
C = """Trade-union news page, no date at all (published null). National figures (Việt Nam) except the Tam Thăng project (Quảng Nam,
named in brackets) and the province rows of the tab-separated survey table. Table: header '(tỷ lệ %)' -> percent; subject = column
label; row label = location ('Cả nước' -> Việt Nam); period 'quý III/2024' from the caption line (inherited).
1,3 triệu người after 'trong đó' -> total 1.8e6 and 'chiếm 72%' -> percent. '1 trong 3 dự án': 3 is the count of projects started in
quý III/2024; '1' (this one) optional, total 3. 5,2 m²/người carries 'thấp hơn 2,8 m² so với mức tối thiểu' (change in m²).
'dự kiến đáp ứng … khoảng 3.500 công nhân' -> forecast. 'phấn đấu giai đoạn 2024-2030' -> targets.
Distractors: Hướng dẫn số 32/HD-TLĐ, hotline 1900.1010, 'KCN Tam Thăng'."""
build("p441-8", T, figs, C, published=None, location=V)
