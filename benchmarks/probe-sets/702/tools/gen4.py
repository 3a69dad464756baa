"""p702-4: ministry site (Bộ Công Thương), national paper industry 2023."""
from lib import F, P, I, CH, emit

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Hoạt động ngành
Ngày đăng: 12/03/2024 | Lượt xem: 2.604

Ngành giấy năm 2023: sản lượng giảm, vẫn phụ thuộc bột giấy nhập khẩu

Theo số liệu của Hiệp hội Giấy và Bột giấy Việt Nam (VPPA), năm 2023 sản lượng giấy các loại của cả nước đạt khoảng 8,6 triệu tấn, giảm 3,1% so với năm 2022; tiêu dùng giấy đạt 7,2 triệu tấn, bình quân khoảng 72 kg/người/năm. Trong đó, giấy bao bì chiếm 81,5% tổng sản lượng, tiếp đến là giấy tissue 6,8%, giấy in và giấy viết 5,9%. Việt Nam xếp thứ 3 trong khu vực ASEAN về sản lượng giấy bao bì.

Cả nước hiện có 468 doanh nghiệp sản xuất giấy, trong đó chỉ có 12 doanh nghiệp sản xuất bột giấy với tổng công suất khoảng 1,1 triệu tấn/năm. Năm 2023, ngành phải nhập khẩu gần 1,65 triệu tấn bột giấy và 2,3 triệu tấn giấy thu hồi, với kim ngạch lần lượt là 1,12 tỷ USD và 640 triệu USD.

Kim ngạch xuất khẩu giấy và sản phẩm từ giấy năm 2023 đạt 2,46 tỷ USD, giảm 9,8% so với năm trước; Trung Quốc là thị trường lớn nhất với 1,08 tỷ USD, chiếm 43,9%. Tỷ lệ thu hồi giấy đã qua sử dụng trong nước mới đạt 47%, thấp hơn nhiều so với mức 70-80% của các nước phát triển.

Theo Chiến lược phát triển ngành công nghiệp giấy, phấn đấu đến năm 2030 sản lượng giấy đạt 14 triệu tấn, tỷ lệ thu hồi giấy đạt 55%. Bộ Công Thương đề nghị doanh nghiệp đầu tư công nghệ tiết kiệm năng lượng theo Thông tư số 38/2016/TT-BCT; đầu mối liên hệ: Vụ Công nghiệp, số 54 Hai Bà Trưng, Hà Nội, điện thoại 024.2220.2358.
"""

Y = P("năm 2023", "2023-01-01", "2023-12-31")
Y2 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("khoảng 8,6 triệu tấn", "8,6", 8600000, "measure", "tấn", "sản lượng giấy các loại", Y,
      approx="about", change=CH("decrease", 3.1, baseline="năm 2022")),
    F("đạt 7,2 triệu tấn", "7,2", 7200000, "measure", "tấn", "tiêu dùng giấy", Y),
    F("khoảng 72 kg", "72", 72, "measure", "kg/người/năm", "tiêu dùng giấy bình quân", Y, approx="about"),
    F("chiếm 81,5%", "81,5", 81.5, "percent", "%", "giấy bao bì trong tổng sản lượng", I(Y)),
    F("tissue 6,8%", "6,8", 6.8, "percent", "%", "giấy tissue trong tổng sản lượng", I(Y)),
    F("giấy viết 5,9%", "5,9", 5.9, "percent", "%", "giấy in và giấy viết trong tổng sản lượng", I(Y)),
    F("xếp thứ 3", "3", 3, "rank", "hạng", "sản lượng giấy bao bì trong khu vực ASEAN"),
    F("có 468 doanh nghiệp", "468", 468, "count", "doanh nghiệp", "doanh nghiệp sản xuất giấy"),
    F("có 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp", "doanh nghiệp sản xuất bột giấy", total=468),
    F("khoảng 1,1 triệu tấn/năm", "1,1", 1100000, "measure", "tấn/năm",
      "tổng công suất doanh nghiệp sản xuất bột giấy", approx="about"),
    F("gần 1,65 triệu tấn", "1,65", 1650000, "measure", "tấn", "bột giấy nhập khẩu", Y2, approx="nearly"),
    F("và 2,3 triệu tấn", "2,3", 2300000, "measure", "tấn", "giấy thu hồi nhập khẩu", Y2),
    F("là 1,12 tỷ USD", "1,12", 1120000000, "money", "USD", "kim ngạch nhập khẩu bột giấy", Y2),
    F("và 640 triệu USD", "640", 640000000, "money", "USD", "kim ngạch nhập khẩu giấy thu hồi", Y2),
    F("đạt 2,46 tỷ USD", "2,46", 2460000000, "money", "USD", "kim ngạch xuất khẩu giấy và sản phẩm từ giấy", Y,
      change=CH("decrease", 9.8, baseline="năm trước")),
    F("với 1,08 tỷ USD", "1,08", 1080000000, "money", "USD", "kim ngạch xuất khẩu giấy sang Trung Quốc", Y,
      percent=43.9),
    F("mới đạt 47%", "47", 47, "percent", "%", "tỷ lệ thu hồi giấy đã qua sử dụng trong nước"),
    F("mức 70-80%", "70", 70, "percent", "%", "tỷ lệ thu hồi giấy đã qua sử dụng của các nước phát triển",
      value_max=80, location=""),
    F("đạt 14 triệu tấn", "14", 14000000, "measure", "tấn", "sản lượng giấy", T30, status="target"),
    F("đạt 55%", "55", 55, "percent", "%", "tỷ lệ thu hồi giấy", T30, status="target"),
]

COMMENTS = [
    "Bộ Công Thương portal: national paper industry in 2023 (VPPA data), 2030 targets. National figures -> Việt Nam.",
    "Shares list after 'chiếm 81,5% tổng sản lượng, tiếp đến là …' shares one indicator (share of output); items are products.",
    "'Trung Quốc … 1,08 tỷ USD, chiếm 43,9%' is the export value to that market (trade partner is no place); no cue -> no total.",
    "'mức 70-80% của các nước phát triển' describes other countries: location null (overrides the default).",
    "'kg/người/năm' is a rate: the denominator is in the unit. 'xếp thứ 3 trong khu vực ASEAN' is a rank.",
    "Not figures: Lượt xem 2.604, Thông tư số 38/2016/TT-BCT, số 54 Hai Bà Trưng, phone 024.2220.2358.",
]

if __name__ == "__main__":
    emit("p702-4", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Việt Nam")
