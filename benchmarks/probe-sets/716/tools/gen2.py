#!/usr/bin/env python3
"""p716-2: huyện Văn Lâm (Hưng Yên) district portal — plastic recycling village Minh Khai, 5 months 2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Tin tức > Kinh tế - Xã hội
Thứ Năm, 20/06/2024 - 15:30

Xã Minh Khai: gần 900 hộ làm nghề tái chế nhựa, mỗi ngày xử lý khoảng 1.000 tấn phế liệu

Huyện Văn Lâm có 3 làng nghề tái chế phế liệu, lớn nhất là làng nghề tái chế nhựa xã Minh Khai. Theo UBND xã, 5 tháng đầu năm 2024, toàn xã có 876 hộ tham gia thu gom, phân loại và tái chế nhựa, trong đó 312 hộ có dây chuyền tạo hạt. Mỗi ngày các hộ tiếp nhận khoảng 1.000 tấn phế liệu nhựa từ các tỉnh phía Bắc, tạo việc làm cho hơn 4.200 lao động, trong đó khoảng 1.500 lao động đến từ địa phương khác.

Giá thu mua phế liệu nhựa dao động từ 4.500 đến 7.000 đồng/kg tùy loại; hạt nhựa tái sinh bán ra từ 18.000 đến 24.000 đồng/kg. Doanh thu từ nghề tái chế 5 tháng ước đạt 1.150,8 tỷ đồng, chiếm 68,5% tổng giá trị sản xuất của xã.

Tuy nhiên, hoạt động tái chế phát sinh khoảng 300 m³ nước thải mỗi ngày, phần lớn chưa qua xử lý; phế liệu còn tập kết tràn lan dọc Quốc lộ 5 và đường tỉnh 385. Từ đầu năm đến nay, Đoàn kiểm tra liên ngành của huyện đã kiểm tra 46 cơ sở, trong đó xử phạt vi phạm hành chính 19 cơ sở với tổng số tiền 685 triệu đồng.

Để giải quyết ô nhiễm, huyện đang triển khai Cụm công nghiệp tái chế Minh Khai quy mô 42,5 ha, tổng vốn đầu tư dự kiến 520 tỷ đồng. Huyện phấn đấu đến năm 2026 di dời ít nhất 150 hộ tái chế vào cụm.

Nguyễn Hà - Trung tâm Văn hóa, Thông tin và Thể thao huyện Văn Lâm
Địa chỉ: Thị trấn Như Quỳnh, huyện Văn Lâm, tỉnh Hưng Yên. Điện thoại: 0221.3985.246
"""

M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")

FIGS = [
    F("gần 900 hộ", "900", 900, "count", "hộ", approx="nearly", subject="hộ làm nghề tái chế nhựa"),
    F("xử lý khoảng 1.000 tấn", "1.000", 1000, "measure", "tấn", approx="about",
      subject="phế liệu xử lý mỗi ngày"),
    F("có 3 làng nghề", "3", 3, "count", "làng nghề", subject="làng nghề tái chế phế liệu"),
    F("có 876 hộ", "876", 876, "count", "hộ",
      subject="hộ tham gia thu gom, phân loại và tái chế nhựa", period=M5),
    F("312 hộ", "312", 312, "count", "hộ", total=876,
      subject="hộ có dây chuyền tạo hạt", period=M5),
    F("tiếp nhận khoảng 1.000 tấn", "1.000", 1000, "measure", "tấn", approx="about",
      subject="phế liệu nhựa các hộ tiếp nhận mỗi ngày"),
    F("hơn 4.200 lao động", "4.200", 4200, "count", "lao động", approx="over",
      subject="lao động được tạo việc làm"),
    F("khoảng 1.500 lao động", "1.500", 1500, "count", "lao động", approx="about", total=4200,
      subject="lao động đến từ địa phương khác"),
    F("từ 4.500 đến 7.000", "4.500", 4500, "money", "đồng/kg", value_max=7000,
      subject="giá thu mua phế liệu nhựa"),
    F("từ 18.000 đến 24.000", "18.000", 18000, "money", "đồng/kg", value_max=24000,
      subject="giá hạt nhựa tái sinh bán ra"),
    F("ước đạt 1.150,8 tỷ đồng", "1.150,8", 1_150_800_000_000, "money", "đồng", percent=68.5, status="estimate",
      subject="doanh thu từ nghề tái chế", period=P("5 tháng", "2024-01-01", "2024-05-31")),
    F("khoảng 300 m³", "300", 300, "measure", "m³", approx="about",
      subject="nước thải phát sinh mỗi ngày từ hoạt động tái chế"),
    F("kiểm tra 46 cơ sở", "46", 46, "count", "cơ sở", subject="cơ sở được kiểm tra",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-06-20")),
    F("chính 19 cơ sở", "19", 19, "count", "cơ sở", total=46, subject="cơ sở bị xử phạt vi phạm hành chính",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-06-20")),
    F("685 triệu đồng", "685", 685_000_000, "money", "đồng", subject="tổng số tiền xử phạt",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-06-20")),
    F("quy mô 42,5 ha", "42,5", 42.5, "measure", "ha", subject="quy mô Cụm công nghiệp tái chế Minh Khai"),
    F("dự kiến 520 tỷ đồng", "520", 520_000_000_000, "money", "đồng", status="forecast",
      subject="tổng vốn đầu tư Cụm công nghiệp tái chế Minh Khai"),
    F("ít nhất 150 hộ", "150", 150, "count", "hộ", approx="at_least", status="target",
      subject="hộ tái chế di dời vào cụm", period=P("đến năm 2026", None, "2026-12-31")),
]

COMMENTS = [
    "Cổng TTĐT huyện Văn Lâm (Hưng Yên): làng nghề tái chế nhựa xã Minh Khai, 5 tháng đầu năm 2024. District portal: location Văn Lâm.",
    "Dateline 'Thứ Năm, 20/06/2024 - 15:30' gives published; 'Từ đầu năm đến nay' runs to it. '5 tháng' without a year takes 2024.",
    "'Quốc lộ 5', 'đường tỉnh 385', the phone number and the address are not figures. 'mỗi ngày … 1.000 tấn' keeps unit 'tấn' (a tool's",
    "'tấn/ngày' also passes the unit prefix rule). Price ranges are money with unit 'đồng/kg' and value_max. 'trong đó' parts take the",
    "whole before the cue (312/876 hộ, 1.500/4.200 lao động, 19/46 cơ sở). 'dự kiến 520 tỷ' is forecast; 'phấn đấu … ít nhất 150 hộ' target.",
]

if __name__ == "__main__":
    emit("p716-2", TEXT, COMMENTS, FIGS, published="2024-06-20", location="Văn Lâm")
