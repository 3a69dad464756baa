from lib import F, P, CH, TG, build

TEXT = """Phú Quý: Bảo đảm điện, nước và tàu khách cho mùa du lịch

Huyện đảo Phú Quý (Bình Thuận) cách TP Phan Thiết khoảng 120 km. Nguồn điện trên đảo hiện do Nhà máy điện diesel Phú Quý (công suất 10 MW) và Nhà máy điện gió Phú Quý (ba tuabin, tổng công suất 6 MW) cung cấp, kết hợp hệ thống điện mặt trời áp mái gần 1,2 MWp.

Năm 2023, sản lượng điện phát lên lưới của huyện đạt 38,6 triệu kWh, trong đó điện gió đóng góp 11,9 triệu kWh, chiếm 30,8%. Giá thành sản xuất điện bình quân trên đảo khoảng 6.900 đồng/kWh, cao gấp gần 3 lần giá bán lẻ bình quân; phần chênh lệch được ngân sách Trung ương bù giá.

Về nước sinh hoạt, huyện có 3 nhà máy nước với tổng công suất 4.500 m3/ngày đêm, cấp nước cho 6.120/7.350 hộ (83,3%). Vào mùa khô, nhu cầu tăng lên 5.200-5.600 m3/ngày đêm nên nhiều thời điểm phải cấp nước luân phiên.

Tuyến Phan Thiết - Phú Quý hiện có 4 tàu cao tốc khai thác, trong đó tàu Hưng Phát 68 có sức chở lớn nhất với 350 ghế. Tháng 6/2024, tuyến vận chuyển 28.450 lượt khách, tăng 12,6% so với tháng trước; lũy kế 6 tháng đầu năm đạt 96.700 lượt, bằng 64,5% kế hoạch. Giá vé người lớn 390.000 đồng/lượt, trẻ em từ 6 đến 11 tuổi 290.000 đồng/lượt.

Năm 2024, huyện phấn đấu đón 150.000 lượt du khách, doanh thu du lịch đạt 420 tỷ đồng. Du khách có thể mua vé tại Cảng Phan Thiết, số 1 Trưng Trắc, phường Đức Thắng hoặc qua số điện thoại 0252.3822.566.

Bài, ảnh: HỒNG LAM
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")

FIGS = [
    F("khoảng 120 km", "120", "measure", "km", "khoảng cách từ TP Phan Thiết", approx="about"),
    F("(công suất 10 MW)", "10", "measure", "MW", "công suất Nhà máy điện diesel Phú Quý"),
    F("ba tuabin", "ba", "count", "tuabin", "tuabin Nhà máy điện gió Phú Quý"),
    F("tổng công suất 6 MW", "6", "measure", "MW", "tổng công suất Nhà máy điện gió Phú Quý"),
    F("gần 1,2 MWp", "1,2", "measure", "MWp", "hệ thống điện mặt trời áp mái", approx="nearly"),
    F("đạt 38,6 triệu kWh", "38,6", "measure", "kWh", "sản lượng điện phát lên lưới", mult=1e6, period=Y23),
    F("góp 11,9 triệu kWh", "11,9", "measure", "kWh", "điện gió đóng góp", mult=1e6, total=38.6e6, percent=30.8,
      period=Y23),
    F("khoảng 6.900 đồng/kWh", "6.900", "money", "đồng/kWh", "giá thành sản xuất điện bình quân trên đảo",
      approx="about", change=CH("increase", 3, unit="lần", baseline="giá bán lẻ bình quân", approx="nearly"),
      period=P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)),
    F("có 3 nhà máy nước", "3", "count", "nhà máy nước", "nhà máy nước"),
    F("tổng công suất 4.500 m3/ngày đêm", "4.500", "measure", "m3/ngày đêm", "tổng công suất các nhà máy nước"),
    F("cho 6.120/7.350 hộ", "6.120", "count", "hộ", "hộ được cấp nước", total=7350, percent=83.3),
    F("lên 5.200-5.600 m3/ngày đêm", "5.200", "measure", "m3/ngày đêm", "nhu cầu nước mùa khô", value_max=5600),
    F("có 4 tàu cao tốc", "4", "count", "tàu cao tốc", "tàu cao tốc khai thác tuyến Phan Thiết - Phú Quý"),
    F("với 350 ghế", "350", "count", "ghế", "sức chở tàu Hưng Phát 68"),
    F("vận chuyển 28.450 lượt khách", "28.450", "count", "lượt khách", "lượt khách tuyến vận chuyển",
      change=CH("increase", 12.6, baseline="tháng trước"), period=P("Tháng 6/2024", "2024-06-01", "2024-06-30")),
    F("đạt 96.700 lượt", "96.700", "count", "lượt", "lượt khách lũy kế", percent=64.5, period=H1),
    F("lớn 390.000 đồng/lượt", "390.000", "money", "đồng/lượt", "giá vé người lớn"),
    F("từ 6 đến 11 tuổi", "6", "measure", "tuổi", "độ tuổi trẻ em", value_max=11, optional=True),
    F("tuổi 290.000 đồng/lượt", "290.000", "money", "đồng/lượt", "giá vé trẻ em từ 6 đến 11 tuổi"),
    F("đón 150.000 lượt du khách", "150.000", "count", "lượt du khách", "du khách", status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 420 tỷ đồng", "420", "money", "đồng", "doanh thu du lịch", mult=1e9, status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]

build("p474-8", TEXT, [
    "Press feature, no dateline (published null), byline at the end: Phú Quý island district (Bình Thuận): electricity, water, speedboats.",
    "Capacities (MW, MWp, m3/ngày đêm) are measures without a period. '11,9 triệu kWh, chiếm 30,8%' part of 38,6 triệu (total) with its share.",
    "'cao gấp gần 3 lần giá bán lẻ bình quân' is the change of 6.900 đồng/kWh (lần, nearly). '6.120/7.350 hộ (83,3%)' total and percent.",
    "'bằng 64,5% kế hoạch' is the share of 96.700. 'ba tuabin' number word. Age range in the fare clause optional. Ship name 'Hưng Phát 68',",
    "address 'số 1 Trưng Trắc', phone, 'Bình Thuận' in brackets (the figures are Phú Quý's) are distractors.",
], FIGS, published=None, location="Phú Quý")
