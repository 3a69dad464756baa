import sys
from lib import F, P, I, CH, T, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ | Tin tức | Trồng trọt

Diện tích canh tác hữu cơ cả nước đạt hơn 240.000 ha

Ngày đăng: 18/03/2024 | Lượt xem: 1.275

Theo Cục Trồng trọt, đến hết năm 2023 diện tích sản xuất nông nghiệp hữu cơ của cả nước đạt khoảng 240.800 ha, tăng gần 1,9 lần so với năm 2019; trong đó trồng trọt hữu cơ là 174.350 ha, nuôi trồng thủy sản hữu cơ 66.450 ha. Việt Nam hiện đứng thứ 8 châu Á về diện tích canh tác hữu cơ.

Cả nước hiện có 54 tỉnh, thành phố có mô hình sản xuất hữu cơ với 1.036 cơ sở được cấp giấy chứng nhận phù hợp TCVN 11041-2:2017, trong đó có 187 hợp tác xã. Các địa phương có diện tích lớn là Cà Mau (52.300 ha, chủ yếu tôm - rừng), Kiên Giang (14.800 ha), Hà Giang (9.650 ha) và Lâm Đồng (3.120 ha).

Về chứng nhận GAP, tính đến tháng 12/2023 cả nước có 138.700 ha cây trồng đạt VietGAP và tương đương, 21.450 ha đạt GlobalGAP. Giá bán sản phẩm hữu cơ cao hơn từ 20 đến 50% so với sản phẩm thông thường; gạo hữu cơ xuất khẩu đạt bình quân 1.050 USD/tấn.

Theo Đề án phát triển nông nghiệp hữu cơ giai đoạn 2020-2030 (Quyết định số 885/QĐ-TTg), đến năm 2025 diện tích đất sản xuất hữu cơ đạt 1,5-2% tổng diện tích đất sản xuất nông nghiệp; đến năm 2030 đạt 2,5-3%. Ngân sách trung ương dự kiến bố trí khoảng 250 tỷ đồng cho chương trình khuyến nông hữu cơ giai đoạn 2024-2025.

Cục trưởng Cục Trồng trọt đề nghị các địa phương rà soát, công bố danh mục tổ chức chứng nhận theo Nghị định số 109/2018/NĐ-CP; hướng dẫn cơ sở tự công bố sản phẩm theo Mẫu số 02.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn
Điện thoại: 024.3846.8161 - Fax: 024.3845.4319
"""

ASOF23 = P("đến hết năm 2023", None, "2023-12-31")
DEC23 = P("tính đến tháng 12/2023", None, "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
GD = P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")

ORG = "diện tích sản xuất nông nghiệp hữu cơ"

FIGS = [
    F("đạt hơn 240.000 ha", "240.000", 240000, "measure", "ha", "diện tích canh tác hữu cơ cả nước", approx="over"),
    F("khoảng 240.800 ha", "240.800", 240800, "measure", "ha", "diện tích sản xuất nông nghiệp hữu cơ của cả nước", ASOF23,
      approx="about", change=CH("increase", 1.9, "lần", "năm 2019", approx="nearly")),
    F("là 174.350 ha", "174.350", 174350, "measure", "ha", "diện tích trồng trọt hữu cơ", ASOF23, total=240800),
    F("hữu cơ 66.450 ha", "66.450", 66450, "measure", "ha", "diện tích nuôi trồng thủy sản hữu cơ", ASOF23, total=240800),
    F("đứng thứ 8 châu Á", "8", 8, "rank", "hạng", "diện tích canh tác hữu cơ châu Á"),
    F("có 54 tỉnh", "54", 54, "count", "tỉnh, thành phố", "tỉnh, thành phố có mô hình sản xuất hữu cơ"),
    F("với 1.036 cơ sở", "1.036", 1036, "count", "cơ sở", "cơ sở được cấp giấy chứng nhận hữu cơ"),
    F("có 187 hợp tác xã", "187", 187, "count", "hợp tác xã", "hợp tác xã được cấp giấy chứng nhận hữu cơ", total=1036),
    F("Cà Mau (52.300 ha", "52.300", 52300, "measure", "ha", ORG, I(ASOF23), location="Cà Mau"),
    F("Kiên Giang (14.800 ha)", "14.800", 14800, "measure", "ha", ORG, I(ASOF23), location="Kiên Giang"),
    F("Hà Giang (9.650 ha)", "9.650", 9650, "measure", "ha", ORG, I(ASOF23), location="Hà Giang"),
    F("Lâm Đồng (3.120 ha)", "3.120", 3120, "measure", "ha", ORG, I(ASOF23), location="Lâm Đồng"),
    F("có 138.700 ha", "138.700", 138700, "measure", "ha", "diện tích cây trồng đạt VietGAP và tương đương", DEC23),
    F("21.450 ha", "21.450", 21450, "measure", "ha", "diện tích cây trồng đạt GlobalGAP", DEC23),
    F("từ 20 đến 50%", "20", 20, "percent", "%", "giá bán sản phẩm hữu cơ cao hơn so với sản phẩm thông thường", value_max=50),
    F("bình quân 1.050 USD/tấn", "1.050", 1050, "money", "USD/tấn", "giá gạo hữu cơ xuất khẩu bình quân"),
    F("đạt 1,5-2%", "1,5", 1.5, "percent", "%", "diện tích đất sản xuất hữu cơ trong tổng diện tích đất sản xuất nông nghiệp", T25,
      value_max=2, status="target"),
    F("đạt 2,5-3%", "2,5", 2.5, "percent", "%", "diện tích đất sản xuất hữu cơ trong tổng diện tích đất sản xuất nông nghiệp", T30,
      value_max=3, status="target"),
    F("khoảng 250 tỷ", "250", 250000000000, "money", "đồng", "ngân sách trung ương bố trí cho chương trình khuyến nông hữu cơ", GD,
      approx="about", status="forecast"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT, invented): organic farming area nationwide to end-2023, certified bases, provinces, GAP area, premiums, 2025/2030 targets.",
    "'Ngày đăng: 18/03/2024 | Lượt xem: 1.275'. Not figures: TCVN 11041-2:2017, QĐ 885/QĐ-TTg, NĐ 109/2018/NĐ-CP, 'Mẫu số 02',",
    "'giai đoạn 2020-2030' (programme name), phone/fax. Location Việt Nam; the four provinces of the list go to location.",
    "'tăng gần 1,9 lần so với năm 2019' is the change of 240.800 ha (lần, nearly). The premium range 20-50% is the claim (percent, no change).",
    "Headline 'đạt hơn 240.000 ha' has no period of its own (unscored). 'đứng thứ 8 châu Á' is a rank of Việt Nam.",
]

if __name__ == "__main__":
    emit("p656-4", TEXT, COMMENTS, FIGS, published="2024-03-18", location="Việt Nam", show="-v" in sys.argv)
