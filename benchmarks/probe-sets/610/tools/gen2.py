"""p610-2: Gio Linh district portal (Quảng Trị), rural water Q1/2024, tariffs, works out of operation."""
from lib import F, P, I, CH, T, emit

TEXT = """UBND HUYỆN GIO LINH - CỔNG THÔNG TIN ĐIỆN TỬ
Kinh tế > Nông nghiệp - Thủy lợi
Thứ Năm, 16/05/2024 - 14:20

Quý I/2024, Gio Linh đấu nối mới 412 hộ sử dụng nước sạch

Trong quý I/2024, Phòng Nông nghiệp và PTNT huyện phối hợp với Công ty Cổ phần Nước sạch Quảng Trị đấu nối mới cho 412 hộ dân, đạt 34,3% kế hoạch năm (1.200 hộ), tăng 18% so với cùng kỳ năm 2023. Lũy kế đến ngày 31/3/2024, toàn huyện có 17.926 hộ sử dụng nước sạch từ công trình cấp nước tập trung, đạt tỷ lệ 72,5%.

Trên địa bàn huyện có 14 công trình cấp nước tập trung, gồm 3 nhà máy nước do Công ty quản lý và 11 công trình do UBND các xã quản lý. Trong 11 công trình do xã quản lý, có 4 công trình ngừng hoạt động và 2 công trình hoạt động kém hiệu quả, chủ yếu ở các xã vùng gò đồi phía tây Quốc lộ 1A. Mùa khô năm 2023, khoảng 650 hộ tại các xã Linh Trường, Hải Thái phải dùng nước giếng đào bị nhiễm phèn.

Từ đầu năm đến nay, huyện đã đầu tư mở rộng 23,5 km đường ống cấp nước đến các thôn vùng cát ven biển xã Gio Hải, Gio Việt dọc Tỉnh lộ 75 với tổng kinh phí 9,85 tỷ đồng.

Theo Quyết định số 27/2023/QĐ-UBND của UBND tỉnh, giá bán nước sạch sinh hoạt nông thôn áp dụng từ ngày 01/01/2024 là 7.800 đồng/m3 đối với 10 m3 đầu tiên, 9.600 đồng/m3 cho mức từ trên 10 m3 đến 20 m3 và 11.500 đồng/m3 cho phần trên 20 m3.

Năm 2024, huyện phấn đấu nâng tỷ lệ hộ sử dụng nước sạch từ công trình tập trung lên 75%, khôi phục ít nhất 2 công trình đang ngừng hoạt động.

Mọi ý kiến phản ánh xin liên hệ Phòng Nông nghiệp và PTNT huyện, ĐT: 0233.3825.114.
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
ASOF = P("đến ngày 31/3/2024", end="2024-03-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-16")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("mới 412 hộ sử dụng", "412", 412, "count", "hộ", "hộ được đấu nối mới sử dụng nước sạch", Q1),
    F("cho 412 hộ dân", "412", 412, "count", "hộ dân", "hộ dân được đấu nối mới", Q1,
      percent=34.3, change=CH("increase", 18, "%", "cùng kỳ năm 2023"), target=T(1200, "hộ")),
    F("có 17.926 hộ", "17.926", 17926, "count", "hộ", "hộ sử dụng nước sạch từ công trình cấp nước tập trung", ASOF, percent=72.5),
    F("có 14 công trình", "14", 14, "count", "công trình", "công trình cấp nước tập trung"),
    F("gồm 3 nhà máy", "3", 3, "count", "nhà máy nước", "nhà máy nước do Công ty quản lý", total=14),
    F("và 11 công trình do UBND", "11", 11, "count", "công trình", "công trình do UBND các xã quản lý", total=14),
    F("Trong 11 công trình", "11", 11, "count", "công trình", "công trình do xã quản lý"),
    F("có 4 công trình", "4", 4, "count", "công trình", "công trình do xã quản lý ngừng hoạt động", total=11),
    F("và 2 công trình hoạt động", "2", 2, "count", "công trình", "công trình do xã quản lý hoạt động kém hiệu quả", total=11),
    F("khoảng 650 hộ", "650", 650, "count", "hộ", "hộ phải dùng nước giếng đào bị nhiễm phèn",
      P("Mùa khô năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("rộng 23,5 km", "23,5", 23.5, "measure", "km", "đường ống cấp nước mở rộng đến các thôn vùng cát ven biển", YTD),
    F("phí 9,85 tỷ đồng", "9,85", 9.85e9, "money", "đồng", "tổng kinh phí mở rộng đường ống cấp nước", YTD),
    F("là 7.800 đồng/m3", "7.800", 7800, "money", "đồng/m3", "giá bán nước sạch sinh hoạt nông thôn đối với 10 m3 đầu tiên"),
    F("với 10 m3 đầu", "10", 10, "measure", "m3", optional=True),
    F("9.600 đồng/m3", "9.600", 9600, "money", "đồng/m3", "giá bán nước sạch sinh hoạt nông thôn cho mức từ trên 10 m3 đến 20 m3"),
    F("trên 10 m3 đến", "10", 10, "measure", "m3", value_max=20, approx="over", optional=True),
    F("11.500 đồng/m3", "11.500", 11500, "money", "đồng/m3", "giá bán nước sạch sinh hoạt nông thôn cho phần trên 20 m3"),
    F("phần trên 20 m3", "20", 20, "measure", "m3", approx="over", optional=True),
    F("lên 75%", "75", 75, "percent", "%", "tỷ lệ hộ sử dụng nước sạch từ công trình tập trung", Y24, status="target"),
    F("ít nhất 2 công trình", "2", 2, "count", "công trình", "công trình đang ngừng hoạt động được khôi phục", Y24,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Gio Linh (Quảng Trị): đấu nối nước sạch quý I/2024, công trình tập trung, giá nước theo bậc. Dateline 16/05/2024.",
    "Location: the district (Gio Linh) throughout; the two communes named for the 650 households are inside it (commune is no place level in the spec).",
    "'đạt 34,3% kế hoạch năm (1.200 hộ)' -> percent 34.3, target 1200 hộ. 'Trong 11 công trình do xã quản lý, có 4 …' -> total 11.",
    "revised after scoring: 'Trong 11 công trình do xã quản lý' added as a figure (restated whole; shared h13 annotates 'Trong 25 chỉ tiêu' as a figure).",
    "Tariff block thresholds (10 m3, 20 m3) are conditions of a price, not figures: optional. Headline 412 takes quý I/2024 from the headline itself.",
    "'Từ đầu năm đến nay' ends at the dateline. Distractors: Quốc lộ 1A, Tỉnh lộ 75, Quyết định số 27/2023/QĐ-UBND, ngày 01/01/2024, ĐT 0233.3825.114.",
]

if __name__ == "__main__":
    emit("p610-2", TEXT, COMMENTS, FIGS, published="2024-05-16", location="Gio Linh")
