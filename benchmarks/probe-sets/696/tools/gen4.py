"""p696-4: Bộ VHTTDL site — tổng kết 10 năm thi hành Luật Quảng cáo, national figures (2023)."""
from lib import F, P, INH, CH, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ | Tin tức - Sự kiện | Văn hóa

Tổng kết 10 năm thi hành Luật Quảng cáo: 61/63 địa phương đã phê duyệt quy hoạch quảng cáo ngoài trời

Ngày đăng: 22/11/2023 | Lượt xem: 1.482

Ngày 21/11, tại Hà Nội, Bộ Văn hóa, Thể thao và Du lịch tổ chức Hội nghị tổng kết 10 năm thi hành Luật Quảng cáo năm 2012.

Theo báo cáo của Cục Văn hóa cơ sở, đến nay cả nước có 61/63 tỉnh, thành phố đã phê duyệt quy hoạch quảng cáo ngoài trời; 2 địa phương còn lại đang hoàn thiện hồ sơ. Giai đoạn 2013-2023, các địa phương đã cấp 12.860 giấy phép xây dựng công trình quảng cáo và tiếp nhận khoảng 1,2 triệu hồ sơ thông báo sản phẩm quảng cáo trên bảng quảng cáo, băng rôn.

Doanh thu thị trường quảng cáo ngoài trời năm 2022 ước đạt 9.200 tỷ đồng, chiếm khoảng 11% tổng doanh thu ngành quảng cáo, tăng 18% so với năm 2021. Các địa phương có nhiều bảng quảng cáo tấm lớn nhất là TP Hồ Chí Minh (1.245 bảng), Hà Nội (986 bảng), Bình Dương (412 bảng) và Đồng Nai (378 bảng).

Từ năm 2019 đến nay, thanh tra chuyên ngành đã xử phạt 4.318 vụ vi phạm trong lĩnh vực quảng cáo với tổng số tiền hơn 96,7 tỷ đồng; trong đó, vi phạm về quảng cáo ngoài trời chiếm 62,4% số vụ.

Phát biểu kết luận hội nghị, lãnh đạo Bộ đề nghị các địa phương phấn đấu đến năm 2025 có 100% tỉnh, thành phố số hóa dữ liệu cấp phép quảng cáo ngoài trời; đến năm 2030 giảm từ 40 đến 50% số vụ vi phạm so với giai đoạn 2019-2023.
"""

NOW = P("đến nay", None, "2023-11-22")
G = P("Giai đoạn 2013-2023", "2013-01-01", "2023-12-31")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
SINCE = P("Từ năm 2019 đến nay", "2019-01-01", "2023-11-22")

FIGS = [
    F("Luật Quảng cáo: 61/63 địa phương", "61", 61, "count", "địa phương",
      "địa phương đã phê duyệt quy hoạch quảng cáo ngoài trời", total=63),
    F("61/63 tỉnh, thành phố", "61", 61, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã phê duyệt quy hoạch quảng cáo ngoài trời", NOW, total=63),
    F("2 địa phương còn lại", "2", 2, "count", "địa phương", "địa phương còn lại đang hoàn thiện hồ sơ quy hoạch", NOW),
    F("cấp 12.860 giấy phép", "12.860", 12860, "count", "giấy phép", "giấy phép xây dựng công trình quảng cáo được cấp", G),
    F("khoảng 1,2 triệu hồ sơ", "1,2", 1200000, "count", "hồ sơ",
      "hồ sơ thông báo sản phẩm quảng cáo trên bảng quảng cáo, băng rôn tiếp nhận", G, approx="about"),
    F("ước đạt 9.200 tỷ đồng", "9.200", 9200000000000, "money", "đồng", "doanh thu thị trường quảng cáo ngoài trời", Y22,
      percent=11, change=CH("increase", 18, baseline="năm 2021"), status="estimate"),
    F("TP Hồ Chí Minh (1.245 bảng)", "1.245", 1245, "count", "bảng", "bảng quảng cáo tấm lớn",
      location="TP Hồ Chí Minh"),
    F("Hà Nội (986 bảng)", "986", 986, "count", "bảng", "bảng quảng cáo tấm lớn", location="Hà Nội"),
    F("Bình Dương (412 bảng)", "412", 412, "count", "bảng", "bảng quảng cáo tấm lớn", location="Bình Dương"),
    F("Đồng Nai (378 bảng)", "378", 378, "count", "bảng", "bảng quảng cáo tấm lớn", location="Đồng Nai"),
    F("xử phạt 4.318 vụ", "4.318", 4318, "count", "vụ", "vụ vi phạm trong lĩnh vực quảng cáo bị xử phạt", SINCE),
    F("hơn 96,7 tỷ đồng", "96,7", 96700000000, "money", "đồng", "tổng số tiền xử phạt vi phạm trong lĩnh vực quảng cáo",
      SINCE, approx="over"),
    F("chiếm 62,4% số vụ", "62,4", 62.4, "percent", "%", "vi phạm về quảng cáo ngoài trời trong số vụ vi phạm", SINCE),
    F("có 100% tỉnh", "100", 100, "percent", "%", "tỉnh, thành phố số hóa dữ liệu cấp phép quảng cáo ngoài trời",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("từ 40 đến 50%", "40", 40, "percent", "%", "giảm số vụ vi phạm so với giai đoạn 2019-2023",
      P("đến năm 2030", None, "2030-12-31"), value_max=50, status="target"),
]

COMMENTS = [
    "Bộ VHTTDL site (ministry): Hội nghị tổng kết 10 năm thi hành Luật Quảng cáo — national figures. `Ngày đăng: 22/11/2023` (published).",
    "Not figures: `10 năm thi hành` (an anniversary), `Luật Quảng cáo năm 2012`, `Ngày 21/11`, `Lượt xem: 1.482`, `giai đoạn 2019-2023` as baseline.",
    "`đến nay` ends at the dateline (as-of); `Từ năm 2019 đến nay` runs 2019-01-01 … 2023-11-22. `2 địa phương còn lại` has no part cue: no total.",
    "`chiếm 62,4% số vụ` is the share of outdoor violations, which have no count of their own: a percent figure (not 96,7 tỷ's percent).",
    "Province list items carry their province as location; the national figures are `Việt Nam`. Headline 61/63 has no period.",
]

if __name__ == "__main__":
    emit("p696-4", TEXT, COMMENTS, FIGS, published="2023-11-22", location="Việt Nam")
