"""p610-8: commune portal (xã Hòa Phú, huyện Chư Păh, Gia Lai): a new piped-water works inaugurated."""
from lib import F, P, I, CH, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ HÒA PHÚ - HUYỆN CHƯ PĂH
Tin tức - Sự kiện
Ngày đăng: 22/08/2023 15:40

Khánh thành công trình cấp nước sạch 24,6 tỷ đồng cho 1.120 hộ dân

Sáng 21/8, UBND xã Hòa Phú phối hợp với Ban Quản lý dự án đầu tư xây dựng huyện Chư Păh tổ chức lễ khánh thành Trạm cấp nước số 2 tại làng Ia Kênh.

Công trình được đầu tư theo Quyết định số 2150/QĐ-UBND ngày 15/10/2021 của UBND tỉnh, với tổng mức đầu tư 24,6 tỷ đồng, trong đó ngân sách trung ương 18 tỷ đồng, ngân sách tỉnh 4,5 tỷ đồng, nhân dân đóng góp 2,1 tỷ đồng. Trạm có công suất 1.500 m³/ngày đêm, hệ thống đường ống dài 18,7 km dẫn nước về thôn 1, thôn 2, thôn 5 và làng Ia Kênh, phục vụ 1.120 hộ với khoảng 4.800 nhân khẩu; tiêu chuẩn cấp nước 80 lít/người/ngày.

Sau 2 tháng vận hành thử, đã có 865 hộ đăng ký đấu nối, đạt 77,2% số hộ trong vùng dự án. Xã hỗ trợ 50% chi phí đấu nối cho hộ nghèo, hộ cận nghèo, tương đương 1,2 triệu đồng/hộ. Giá bán nước là 6.500 đồng/m³, thấp hơn 2.000 đồng/m³ so với giá nước tại thị trấn Phú Hòa.

Trước đây, hơn 70% hộ dân trong xã dùng nước giếng đào, nhiều giếng cạn vào mùa khô từ tháng 1 đến tháng 4. Kết quả xét nghiệm mẫu nước sau xử lý đều đạt QCVN 01-1:2018/BYT.

Dự kiến đến cuối năm 2023, số hộ đấu nối đạt trên 1.000 hộ, nâng tỷ lệ hộ dân sử dụng nước sạch toàn xã lên 92%.

Địa chỉ: Trụ sở UBND xã Hòa Phú, Tỉnh lộ 661, huyện Chư Păh. ĐT: 0269.3845.210.
"""

END23 = P("đến cuối năm 2023", end="2023-12-31")

FIGS = [
    F("sạch 24,6 tỷ đồng", "24,6", 24.6e9, "money", "đồng", "vốn đầu tư công trình cấp nước sạch"),
    F("cho 1.120 hộ dân", "1.120", 1120, "count", "hộ dân", "hộ dân được cấp nước sạch"),
    F("tư 24,6 tỷ đồng", "24,6", 24.6e9, "money", "đồng", "tổng mức đầu tư công trình"),
    F("ương 18 tỷ đồng", "18", 18e9, "money", "đồng", "ngân sách trung ương", total=24.6e9),
    F("tỉnh 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng", "ngân sách tỉnh", total=24.6e9),
    F("góp 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", "nhân dân đóng góp", total=24.6e9),
    F("suất 1.500 m³", "1.500", 1500, "measure", "m³/ngày đêm", "công suất trạm cấp nước"),
    F("dài 18,7 km", "18,7", 18.7, "measure", "km", "hệ thống đường ống"),
    F("vụ 1.120 hộ", "1.120", 1120, "count", "hộ", "hộ được phục vụ"),
    F("khoảng 4.800 nhân khẩu", "4.800", 4800, "count", "nhân khẩu", "nhân khẩu được phục vụ", approx="about"),
    F("nước 80 lít", "80", 80, "measure", "lít/người/ngày", "tiêu chuẩn cấp nước"),
    F("có 865 hộ", "865", 865, "count", "hộ", "hộ đăng ký đấu nối", percent=77.2),
    F("trợ 50%", "50", 50, "percent", "%", "hỗ trợ chi phí đấu nối cho hộ nghèo, hộ cận nghèo"),
    F("1,2 triệu đồng/hộ", "1,2", 1.2e6, "money", "đồng/hộ", "hỗ trợ chi phí đấu nối cho hộ nghèo, hộ cận nghèo"),
    F("là 6.500 đồng/m³", "6.500", 6500, "money", "đồng/m³", "giá bán nước",
      change=CH("decrease", 2000, "đồng/m³", "giá nước tại thị trấn Phú Hòa")),
    F("hơn 70% hộ", "70", 70, "percent", "%", "hộ dân trong xã dùng nước giếng đào", approx="over"),
    F("trên 1.000 hộ", "1.000", 1000, "count", "hộ", "số hộ đấu nối", END23, approx="over", status="forecast"),
    F("lên 92%", "92", 92, "percent", "%", "tỷ lệ hộ dân sử dụng nước sạch toàn xã", END23, status="forecast"),
]

COMMENTS = [
    "Commune portal (xã Hòa Phú, huyện Chư Păh, Gia Lai), 'Ngày đăng: 22/08/2023 15:40': inauguration of a piped-water station.",
    "Location: the spec's finest level is the district, so the commune's figures take 'Chư Păh'.",
    "'trong đó' funding parts (18 + 4,5 + 2,1 = 24,6 tỷ) get total 24,6 tỷ. 'tương đương 1,2 triệu đồng/hộ' is an equivalent amount: its own money figure.",
    "'đạt 77,2% số hộ trong vùng dự án' -> percent of 865; 'thấp hơn 2.000 đồng/m³ so với …' -> change of the price.",
    "'Dự kiến đến cuối năm 2023' -> forecast, as-of end 2023, carried into 'nâng tỷ lệ … lên 92%'.",
    "Not figures: 'Sau 2 tháng vận hành thử' (duration), 'Sáng 21/8', 'Trạm cấp nước số 2', thôn 1, thôn 2, thôn 5, Tỉnh lộ 661,",
    "'từ tháng 1 đến tháng 4' (months), Quyết định số 2150/QĐ-UBND, QCVN 01-1:2018/BYT, ĐT 0269.3845.210.",
]

if __name__ == "__main__":
    emit("p610-8", TEXT, COMMENTS, FIGS, published="2023-08-22", location="Chư Păh")
