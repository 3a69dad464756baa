from lib import F, P, I, C, T, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Giao thông vận tải

Đồng Tháp: 98% bến khách ngang sông đã được cấp phép

Cập nhật: 14/03/2024 09:45 | Lượt xem: 2.316

(Cổng TTĐT) - Theo Sở Giao thông vận tải, tính đến ngày 29/02/2024, toàn tỉnh có 196 bến khách ngang sông đang hoạt động, trong đó 192 bến đã được cấp giấy phép, chiếm 98%; 4 bến còn lại đang hoàn thiện hồ sơ. Các bến tập trung nhiều ở huyện Hồng Ngự (31 bến), Thanh Bình (27 bến) và Tam Nông (24 bến).

Năm 2023, các bến khách ngang sông trên địa bàn tỉnh vận chuyển khoảng 18,6 triệu lượt hành khách, tăng 4,2% so với năm 2022, và gần 9,4 triệu lượt xe mô tô, xe gắn máy. Tổng số phương tiện thủy nội địa chở khách ngang sông là 412 chiếc, trong đó 287 chiếc đã được đăng ký, đăng kiểm, đạt 69,7%.

Từ đầu năm đến nay, Thanh tra Sở đã kiểm tra 214 lượt phương tiện, phát hiện 35 trường hợp vi phạm, xử phạt hơn 86 triệu đồng; lỗi phổ biến là không trang bị đủ áo phao, dụng cụ nổi cho hành khách. Giá vé qua bến phổ biến từ 3.000 đến 5.000 đồng/lượt đối với người đi bộ.

Năm 2024, tỉnh phấn đấu 100% bến khách ngang sông được cấp phép, 100% phương tiện được đăng ký, đăng kiểm. Dự kiến trong quý II/2024, Sở sẽ cấp phát 5.000 áo phao cho các bến ở vùng sâu, vùng xa dọc Quốc lộ 30; tổng kinh phí khoảng 750 triệu đồng. Theo Quyết định số 1520/QĐ-UBND ngày 12/12/2023 của UBND tỉnh, đến năm 2025 sẽ xóa bỏ 15 bến khách ngang sông tại các vị trí đã có cầu thay thế.

Sở Giao thông vận tải tỉnh Đồng Tháp - Số 12 đường 30/4, Phường 1, TP Cao Lãnh. ĐT: 0277.3851.234
"""

asof = P("tính đến ngày 29/02/2024", None, "2024-02-29")
y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ytd = P("Từ đầu năm đến nay", "2024-01-01", "2024-03-14")
y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
q2 = P("quý II/2024", "2024-04-01", "2024-06-30")

FIGS = [
    F("98% bến khách ngang sông đã được cấp phép", "98", 98, "percent", "%",
      "tỷ lệ bến khách ngang sông đã được cấp phép"),
    F("có 196 bến khách", "196", 196, "count", "bến khách ngang sông",
      "bến khách ngang sông đang hoạt động", asof),
    F("192 bến đã được cấp giấy phép", "192", 192, "count", "bến", "bến khách ngang sông đã được cấp giấy phép",
      asof, total=196, percent=98),
    F("4 bến còn lại", "4", 4, "count", "bến", "bến khách ngang sông đang hoàn thiện hồ sơ", asof, total=196),
    F("Hồng Ngự (31 bến)", "31", 31, "count", "bến", "bến khách ngang sông", I(asof), location="Hồng Ngự"),
    F("Thanh Bình (27 bến)", "27", 27, "count", "bến", "bến khách ngang sông", I(asof), location="Thanh Bình"),
    F("Tam Nông (24 bến)", "24", 24, "count", "bến", "bến khách ngang sông", I(asof), location="Tam Nông"),
    F("khoảng 18,6 triệu lượt hành khách", "18,6", 18_600_000, "count", "lượt hành khách",
      "hành khách vận chuyển qua các bến khách ngang sông", y23, approx="about",
      change=C("increase", 4.2, baseline="năm 2022")),
    F("gần 9,4 triệu lượt xe", "9,4", 9_400_000, "count", "lượt xe",
      "lượt xe mô tô, xe gắn máy vận chuyển qua các bến khách ngang sông", y23, approx="nearly"),
    F("là 412 chiếc", "412", 412, "count", "chiếc", "phương tiện thủy nội địa chở khách ngang sông", I(y23)),
    F("287 chiếc", "287", 287, "count", "chiếc", "phương tiện đã được đăng ký, đăng kiểm", I(y23),
      total=412, percent=69.7),
    F("kiểm tra 214 lượt phương tiện", "214", 214, "count", "lượt phương tiện", "lượt phương tiện được kiểm tra", ytd),
    F("phát hiện 35 trường hợp", "35", 35, "count", "trường hợp", "trường hợp vi phạm", ytd),
    F("hơn 86 triệu đồng", "86", 86_000_000, "money", "đồng", "tiền xử phạt vi phạm", ytd, approx="over"),
    F("từ 3.000 đến 5.000 đồng/lượt", "3.000", 3000, "money", "đồng/lượt",
      "giá vé qua bến đối với người đi bộ", value_max=5000),
    F("phấn đấu 100% bến", "100", 100, "percent", "%", "bến khách ngang sông được cấp phép", y24, status="target"),
    F("cấp phép, 100% phương tiện", "100", 100, "percent", "%", "phương tiện được đăng ký, đăng kiểm", y24,
      status="target"),
    F("5.000 áo phao", "5.000", 5000, "count", "áo phao", "áo phao cấp phát cho các bến ở vùng sâu, vùng xa", q2,
      status="forecast"),
    F("khoảng 750 triệu đồng", "750", 750_000_000, "money", "đồng", "tổng kinh phí cấp phát áo phao", q2,
      approx="about", status="forecast"),
    F("xóa bỏ 15 bến", "15", 15, "count", "bến", "bến khách ngang sông xóa bỏ tại các vị trí đã có cầu thay thế",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

NOTES = [
    "Đồng Tháp province portal: river-crossing landings (bến khách ngang sông), licences, traffic 2023, inspections, 2024 targets.",
    "Headline 98% is a figure; the body's 'chiếm 98%' is the percent attribute of the 192 licensed landings (total 196).",
    "Not figures: 'Lượt xem: 2.316', 'Quốc lộ 30', 'Quyết định số 1520/QĐ-UBND ngày 12/12/2023', address 'Số 12 đường 30/4, Phường 1', phone.",
    "District list in brackets (31+27+24 != 196) is a ranking, no total; the district is the location.",
    "Fleet (412 chiếc) sits in the paragraph opened by 'Năm 2023': period inherited. 'Dự kiến' governs the clause after ';' (750 triệu).",
]

build("p964-1", TEXT, NOTES, FIGS, published="2024-03-14", location="Đồng Tháp")
