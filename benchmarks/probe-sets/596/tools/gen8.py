"""p596-8: commune portal (xã Bình An, huyện Châu Thành, Kiên Giang) — surimi processing cluster, 10 months 2023."""
from lib import F, P, inh, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ BÌNH AN - HUYỆN CHÂU THÀNH
Đăng lúc: 14:05 | 22/11/2023 | Số lượt xem: 356

Chế biến surimi: Động lực phát triển kinh tế của xã

Những năm gần đây, khu vực cảng cá Tắc Cậu thuộc xã Bình An đã hình thành cụm chế biến thủy sản lớn của tỉnh Kiên Giang. Tính đến cuối tháng 10/2023, trên địa bàn xã có 12 cơ sở chế biến thủy sản, trong đó 5 cơ sở chế biến surimi xuất khẩu.

10 tháng năm 2023, sản lượng surimi của các cơ sở trên địa bàn xã đạt 31.500 tấn, đạt 84% kế hoạch năm, chiếm khoảng 60% sản lượng surimi của toàn huyện Châu Thành. Sản lượng này gấp 1,8 lần năm 2020.

Giá cá tạp, cá mối nguyên liệu dùng cho chế biến surimi dao động từ 9.000 đến 13.000 đồng/kg, tăng khoảng 1.000 đồng/kg so với cùng kỳ. Kim ngạch xuất khẩu surimi của các cơ sở ước đạt 38,2 triệu USD, chủ yếu sang Hàn Quốc, Nhật Bản và Thái Lan.

Các cơ sở chế biến giải quyết việc làm cho 4.600 lao động, trong đó 2.900 lao động là người địa phương; thu nhập từ 6,5 đến 8 triệu đồng/người/tháng. Năm 2023, xã có 3 cơ sở được hỗ trợ 1,2 tỷ đồng để đổi mới thiết bị theo Nghị quyết số 12/2021/NQ-HĐND của HĐND tỉnh.

Dự kiến cả năm 2023, sản lượng surimi của xã đạt 37.500 tấn. Năm 2024, xã phấn đấu thu hút thêm hai nhà máy chế biến với tổng vốn đầu tư khoảng 450 tỷ đồng.

Liên hệ: UBND xã Bình An, tổ 3, ấp Minh Phong. ĐT: 0297.3616.215
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
ASOF = P("Tính đến cuối tháng 10/2023", None, "2023-10-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 12 cơ sở", "12", 12, "count", "cơ sở", subject="cơ sở chế biến thủy sản", period=ASOF),
    F("trong đó 5 cơ sở", "5", 5, "count", "cơ sở", total=12,
      subject="cơ sở chế biến surimi xuất khẩu", period=ASOF),
    F("đạt 31.500 tấn", "31.500", 31500, "measure", "tấn", percent=84,
      subject="sản lượng surimi", period=M10),
    F("chiếm khoảng 60%", "60", 60, "percent", "%", approx="about",
      subject="sản lượng surimi của xã so với toàn huyện Châu Thành", period=M10, optional=True),
    F("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần", subject="sản lượng surimi"),
    F("từ 9.000 đến 13.000 đồng/kg", "9.000", 9000, "money", "đồng/kg", value_max=13000,
      change=CH("increase", 1000, unit="đồng/kg", approx="about", baseline="cùng kỳ"),
      subject="giá cá tạp, cá mối nguyên liệu"),
    F("ước đạt 38,2 triệu USD", "38,2", 38.2e6, "money", "USD", status="estimate",
      subject="kim ngạch xuất khẩu surimi", period=inh(M10)),
    F("cho 4.600 lao động", "4.600", 4600, "count", "lao động",
      subject="lao động được các cơ sở chế biến giải quyết việc làm"),
    F("2.900 lao động", "2.900", 2900, "count", "lao động", total=4600,
      subject="lao động là người địa phương"),
    F("từ 6,5 đến 8 triệu đồng/người/tháng", "6,5", 6.5e6, "money", "đồng/người/tháng", value_max=8e6,
      subject="thu nhập của lao động"),
    F("có 3 cơ sở", "3", 3, "count", "cơ sở", subject="cơ sở được hỗ trợ đổi mới thiết bị", period=Y23),
    F("hỗ trợ 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", subject="kinh phí hỗ trợ đổi mới thiết bị",
      period=Y23),
    F("đạt 37.500 tấn", "37.500", 37500, "measure", "tấn", status="forecast",
      subject="sản lượng surimi", period=P("cả năm 2023", "2023-01-01", "2023-12-31")),
    F("thêm hai nhà máy", "hai", 2, "count", "nhà máy", status="target",
      subject="nhà máy chế biến thu hút thêm", period=Y24),
    F("khoảng 450 tỷ đồng", "450", 450e9, "money", "đồng", approx="about", status="target",
      subject="tổng vốn đầu tư", period=Y24),
]

COMMENTS = [
    "Commune portal of xã Bình An, huyện Châu Thành (Kiên Giang) ('Đăng lúc: 14:05 | 22/11/2023 | Số lượt xem: 356'): surimi processing",
    "establishments, output 10 months 2023, raw fish prices, exports, workers, support, forecast 2023 and target 2024.",
    "Location: FIGURES.md defines location as the province, city or district the figure describes; the commune lies in huyện",
    "Châu Thành (named in the portal header and in the text), so the district 'Châu Thành'.",
    "revised: default location 'Bình An' (the commune) -> 'Châu Thành': a commune is not a location level of the contract.",
    "'đạt 84% kế hoạch năm, chiếm khoảng 60% ...' -> 84 is the percent of 31.500 tấn; the second share is its own figure (optional).",
    "'Sản lượng này gấp 1,8 lần năm 2020.' stands alone as the claim -> multiple. 'Dự kiến' -> forecast; 'phấn đấu' -> target.",
    "Not figures: 'tổ 3', phone, counter, Nghị quyết số 12/2021/NQ-HĐND, 'tháng 10/2023' as-of date.",
]

if __name__ == "__main__":
    emit("p596-8", TEXT, COMMENTS, FIGS, published="2023-11-22", location="Châu Thành")
