"""p844-7: department site (Trung tâm Khuyến nông Hà Tĩnh), no dateline, earthworm model; one-cell-per-line table."""
from lib import F, P, I, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN HÀ TĨNH
TRUNG TÂM KHUYẾN NÔNG
Trang chủ | Giới thiệu | Tin hoạt động | Mô hình hiệu quả | Liên hệ

Hiệu quả mô hình nuôi trùn quế xử lý chất thải chăn nuôi

Năm 2023, Trung tâm Khuyến nông triển khai mô hình nuôi trùn quế xử lý chất thải chăn nuôi tại 38 hộ thuộc các huyện Hương Sơn, Đức Thọ, Can Lộc và Thạch Hà, tổng kinh phí 1,26 tỷ đồng, trong đó ngân sách nhà nước hỗ trợ 540 triệu đồng, chiếm 42,9%. Mỗi hộ được hỗ trợ 30 kg trùn giống và 50% chi phí làm chuồng, tối đa 15 triệu đồng/hộ.

Sau 6 tháng, mỗi m2 luống nuôi cho 12-15 kg trùn sinh khối và 180-200 kg phân trùn; các hộ có lãi bình quân 4,5 triệu đồng/tháng.

Kết quả sản xuất trùn quế toàn tỉnh như sau:
Đơn vị tính: tấn
Chỉ tiêu
Năm 2022
Năm 2023
Ước thực hiện 2024
Trùn sinh khối
185
246
310
Phân trùn
1.640
2.230
2.850

Năm 2024, toàn tỉnh có khoảng 260 hộ và 5 trang trại nuôi trùn quế, tăng 45 hộ so với năm 2023. Trùn được dùng làm thức ăn cho gà, vịt, lươn, cá; phân trùn bán với giá 3.000-4.000 đồng/kg cho các vùng trồng cam, bưởi Phúc Trạch. Mục tiêu đến năm 2026, Trung tâm nhân rộng mô hình thêm 100 hộ, sản lượng phân trùn đạt trên 4.000 tấn/năm.

TRUNG TÂM KHUYẾN NÔNG HÀ TĨNH
Địa chỉ: Số 09 đường Nguyễn Huy Tự, phường Nguyễn Du, TP Hà Tĩnh
Điện thoại: 0239.3856.412 - Email: ttkn@hatinh.gov.vn
Giấy phép số 27/GP-TTĐT
Đang truy cập: 36 | Tổng lượt truy cập: 1.204.587
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y22c = P("Năm 2022", "2022-01-01", "2022-12-31")
Y24c = P("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T26 = P("đến năm 2026", end="2026-12-31")

FIGS = [
    F("tại 38 hộ", "38", 38, "count", "hộ", "hộ triển khai mô hình nuôi trùn quế", Y23),
    F("tổng kinh phí 1,26 tỷ đồng", "1,26", 1.26e9, "money", "đồng", "tổng kinh phí mô hình", Y23),
    F("hỗ trợ 540 triệu đồng", "540", 540e6, "money", "đồng", "ngân sách nhà nước hỗ trợ", Y23,
      total=1.26e9, percent=42.9),
    F("hỗ trợ 30 kg", "30", 30, "measure", "kg", "trùn giống hỗ trợ mỗi hộ", I(Y23)),
    F("và 50% chi phí", "50", 50, "percent", "%", "chi phí làm chuồng được hỗ trợ", I(Y23)),
    F("tối đa 15 triệu đồng/hộ", "15", 15e6, "money", "đồng/hộ", "mức hỗ trợ tối đa", I(Y23), approx="at_most"),
    F("cho 12-15 kg", "12", 12, "measure", "kg/m2", "trùn sinh khối mỗi m2 luống nuôi", I(Y23), value_max=15),
    F("và 180-200 kg", "180", 180, "measure", "kg/m2", "phân trùn mỗi m2 luống nuôi", I(Y23), value_max=200),
    F("bình quân 4,5 triệu đồng/tháng", "4,5", 4.5e6, "money", "đồng/tháng", "lãi bình quân của hộ", I(Y23)),
    F("Trùn sinh khối\n185", "185", 185, "measure", "tấn", "sản lượng trùn sinh khối", Y22c),
    F("185\n246", "246", 246, "measure", "tấn", "sản lượng trùn sinh khối", Y23),
    F("246\n310", "310", 310, "measure", "tấn", "sản lượng trùn sinh khối", Y24c, status="estimate"),
    F("Phân trùn\n1.640", "1.640", 1640, "measure", "tấn", "sản lượng phân trùn", Y22c),
    F("1.640\n2.230", "2.230", 2230, "measure", "tấn", "sản lượng phân trùn", Y23),
    F("2.230\n2.850", "2.850", 2850, "measure", "tấn", "sản lượng phân trùn", Y24c, status="estimate"),
    F("khoảng 260 hộ", "260", 260, "count", "hộ", "hộ nuôi trùn quế", Y24, approx="about",
      change=chg("increase", 45, "hộ", "năm 2023")),
    F("và 5 trang trại", "5", 5, "count", "trang trại", "trang trại nuôi trùn quế", Y24),
    F("giá 3.000-4.000 đồng/kg", "3.000", 3000, "money", "đồng/kg", "giá bán phân trùn", I(Y24), value_max=4000),
    F("thêm 100 hộ", "100", 100, "count", "hộ", "hộ được nhân rộng mô hình", T26, status="target"),
    F("trên 4.000 tấn/năm", "4.000", 4000, "measure", "tấn/năm", "sản lượng phân trùn", T26,
      approx="over", status="target"),
]

NOTES = [
    "Trung tâm Khuyến nông Hà Tĩnh (department site): earthworm (trùn quế) model results; no dateline, so no published.",
    "One-cell-per-line table: 'Đơn vị tính: tấn', header cells Chỉ tiêu / Năm 2022 / Năm 2023 / Ước thực hiện 2024, then two rows;",
    "periods from the column headers (scored), 'Ước thực hiện' → estimate. Location Hà Tĩnh (named in the header, 'toàn tỉnh').",
    "'Sau 6 tháng' is a duration locating the yield (not a figure). Footer: address 'Số 09', phone, 'Giấy phép số 27/GP-TTĐT',",
    "'Đang truy cập: 36', 'Tổng lượt truy cập: 1.204.587' are page furniture. 540 triệu 'trong đó' → total 1,26 tỷ, share 42,9%.",
    "The per-household support (30 kg, 50%, 15 triệu) and the per-m2 yields describe the 2023 model: period Năm 2023, inherited.",
]

write(7, TEXT, FIGS, NOTES, location="Hà Tĩnh")
