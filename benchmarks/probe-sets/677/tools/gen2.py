"""p677-2: Cát Hải district portal (Hải Phòng) — H1/2024 fish-sauce output, producers by commune, raw fish, protein, prices, OCOP, inspections."""
from lib import F, P, inh, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÁT HẢI
Trang chủ / Kinh tế - Xã hội / Nông nghiệp - Thủy sản
Thứ Năm, 18/07/2024 - 15:20

Nước mắm Cát Hải 6 tháng đầu năm tiêu thụ hơn 2,1 triệu lít

6 tháng đầu năm 2024, các cơ sở chế biến nước mắm trên địa bàn huyện sản xuất được 2.350.000 lít, tăng 7,3% so với cùng kỳ năm 2023; sản lượng tiêu thụ đạt hơn 2,1 triệu lít, doanh thu ước đạt 96,5 tỷ đồng.

Toàn huyện hiện có 43 cơ sở chế biến nước mắm, gồm 1 doanh nghiệp, 4 hợp tác xã và 38 hộ sản xuất; tập trung chủ yếu tại thị trấn Cát Hải (27 cơ sở), xã Hoàng Châu (8 cơ sở) và xã Văn Phong (6 cơ sở). Công ty cổ phần Chế biến dịch vụ thủy sản Cát Hải là đơn vị lớn nhất với công suất 3 triệu lít/năm.

Nguyên liệu chủ yếu là cá cơm, cá nục thu mua từ ngư dân vùng biển Cát Bà và Bạch Long Vĩ. Trong quý II, các cơ sở đã thu mua khoảng 1.870 tấn cá, giá bình quân 14.500 đồng/kg, cao hơn 1.500 đồng/kg so với quý I. Tỷ lệ phối trộn phổ biến là 3 cá : 1 muối.

Sản phẩm nước mắm Cát Hải có độ đạm từ 15 đến 35 g N/l; giá bán lẻ từ 35.000 đến 90.000 đồng/lít tùy loại. Hiện huyện có 6 sản phẩm nước mắm được chứng nhận OCOP, gồm 2 sản phẩm 4 sao và 4 sản phẩm 3 sao.

Thực hiện Kế hoạch số 112/KH-UBND ngày 05/3/2024, trong 6 tháng đầu năm, Đoàn kiểm tra liên ngành huyện đã kiểm tra 21 lượt cơ sở, nhắc nhở 3 cơ sở về điều kiện vệ sinh nhà xưởng. Dự kiến cả năm 2024, sản lượng nước mắm toàn huyện đạt khoảng 4,8 triệu lít.

Phòng Kinh tế huyện Cát Hải – Đường Hà Sen, thị trấn Cát Bà; ĐT: 0225.3888.215.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q2 = P("quý II", "2024-04-01", "2024-06-30")

FIGS = [
    F("năm tiêu thụ hơn 2,1 triệu lít", "2,1", 2.1e6, "measure", "lít", "nước mắm Cát Hải tiêu thụ",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="over"),
    F("sản xuất được 2.350.000 lít", "2.350.000", 2350000, "measure", "lít", "nước mắm các cơ sở chế biến sản xuất", H1,
      change=CH("increase", 7.3, baseline="cùng kỳ năm 2023")),
    F("tiêu thụ đạt hơn 2,1 triệu lít", "2,1", 2.1e6, "measure", "lít", "sản lượng tiêu thụ", H1, approx="over"),
    F("doanh thu ước đạt 96,5 tỷ đồng", "96,5", 96.5e9, "money", "đồng", "doanh thu", H1, status="estimate"),
    F("hiện có 43 cơ sở", "43", 43, "count", "cơ sở", "cơ sở chế biến nước mắm"),
    F("gồm 1 doanh nghiệp", "1", 1, "count", "doanh nghiệp", "doanh nghiệp chế biến nước mắm", total=43),
    F("4 hợp tác xã", "4", 4, "count", "hợp tác xã", "hợp tác xã chế biến nước mắm", total=43),
    F("38 hộ sản xuất", "38", 38, "count", "hộ", "hộ sản xuất nước mắm", total=43),
    F("thị trấn Cát Hải (27 cơ sở)", "27", 27, "count", "cơ sở", "cơ sở chế biến nước mắm tại thị trấn Cát Hải",
      note="commune-level item: commune in the subject, location stays the district (spec allows province/city/district)"),
    F("Hoàng Châu (8 cơ sở)", "8", 8, "count", "cơ sở", "cơ sở chế biến nước mắm tại xã Hoàng Châu"),
    F("Văn Phong (6 cơ sở)", "6", 6, "count", "cơ sở", "cơ sở chế biến nước mắm tại xã Văn Phong"),
    F("công suất 3 triệu lít/năm", "3", 3e6, "measure", "lít/năm",
      "công suất Công ty cổ phần Chế biến dịch vụ thủy sản Cát Hải"),
    F("khoảng 1.870 tấn cá", "1.870", 1870, "measure", "tấn", "cá nguyên liệu thu mua", Q2, approx="about"),
    F("bình quân 14.500 đồng/kg", "14.500", 14500, "money", "đồng/kg", "giá cá nguyên liệu bình quân", Q2,
      change=CH("increase", 1500, "đồng/kg", baseline="quý I")),
    F("là 3 cá : 1 muối", "3", 3, "count", "cá", "tỷ lệ phối trộn cá", optional=True, note="a mixing ratio: optional"),
    F("cá : 1 muối", "1", 1, "count", "muối", "tỷ lệ phối trộn muối", optional=True),
    F("từ 15 đến 35 g N/l", "15", 15, "measure", "g N/l", "độ đạm sản phẩm nước mắm Cát Hải", value_max=35),
    F("từ 35.000 đến 90.000 đồng/lít", "35.000", 35000, "money", "đồng/lít", "giá bán lẻ nước mắm Cát Hải",
      value_max=90000),
    F("có 6 sản phẩm", "6", 6, "count", "sản phẩm", "sản phẩm nước mắm được chứng nhận OCOP"),
    F("gồm 2 sản phẩm 4 sao", "2", 2, "count", "sản phẩm", "sản phẩm OCOP 4 sao", total=6),
    F("và 4 sản phẩm 3 sao", "4", 4, "count", "sản phẩm", "sản phẩm OCOP 3 sao", total=6),
    F("kiểm tra 21 lượt cơ sở", "21", 21, "count", "lượt cơ sở", "lượt cơ sở được Đoàn kiểm tra liên ngành huyện kiểm tra",
      P("trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("nhắc nhở 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở bị nhắc nhở về điều kiện vệ sinh nhà xưởng",
      P("trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("khoảng 4,8 triệu lít", "4,8", 4.8e6, "measure", "lít", "sản lượng nước mắm toàn huyện",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "p677-2 — Cát Hải district portal (Hải Phòng): nước mắm 6 tháng đầu năm 2024; producers by type and by commune; raw fish; OCOP; inspections.",
    "Dateline 'Thứ Năm, 18/07/2024 - 15:20' gives published. Kế hoạch số 112/KH-UBND, its date, phone, 'Đường Hà Sen' are not figures.",
    "Location = the district 'Cát Hải' throughout (communes are below the spec's province/city/district level; they go into the subject).",
    "'gồm 1 doanh nghiệp, 4 hợp tác xã và 38 hộ' adds up to 43: parts with total 43. Commune items (27+8+6=41) follow 'tập trung chủ yếu tại', no cue: no total.",
    "'3 cá : 1 muối' is a mixing ratio: optional. '4 sao', '3 sao' are rating labels.",
]

if __name__ == "__main__":
    emit("p677-2", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Cát Hải")
