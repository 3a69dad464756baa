"""p492-8: xã Bình Châu (Bình Sơn, Quảng Ngãi) commune portal — offshore fleet, 9-month catch, IUU, insurance support."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ BÌNH CHÂU - HUYỆN BÌNH SƠN
Trang chủ > Tin tức > Kinh tế - Xã hội
Ngày đăng: 02/10/2024 | Lượt xem: 412

Xã Bình Châu: 9 tháng, sản lượng khai thác hải sản ước đạt 27.800 tấn

Bình Châu là xã có đội tàu đánh bắt xa bờ lớn nhất tỉnh Quảng Ngãi với 645 tàu cá, tổng công suất hơn 412.000 CV; trong đó 512 tàu có công suất từ 400 CV trở lên.

9 tháng năm 2024, sản lượng khai thác của ngư dân trong xã ước đạt 27.800 tấn, bằng 78,5% kế hoạch năm, tăng 5,1% so với cùng kỳ; giá trị ước khoảng 1.150 tỷ đồng. Sản lượng bình quân đạt 43,1 tấn/tàu.

Thời gian qua, UBND xã phối hợp với Đồn Biên phòng Bình Hải tuyên truyền chống khai thác IUU cho 1.850 lượt ngư dân tại 7 thôn ven biển; 100% tàu cá từ 15 m trở lên đã lắp đặt thiết bị VMS. Tuy vậy, vẫn còn 14 tàu chưa được cấp giấy phép khai thác, chiếm 2,2% tổng số tàu của xã.

Thực hiện Nghị định 67/2014/NĐ-CP, năm 2024 có 96 chủ tàu được hỗ trợ chi phí bảo hiểm thân tàu và thuyền viên với tổng kinh phí gần 2,9 tỷ đồng. Xã phấn đấu đến năm 2025 thu nhập bình quân của lao động trên tàu đạt trên 15 triệu đồng/người/tháng, giảm số tàu chưa có giấy phép xuống dưới 5 chiếc.

Địa chỉ: thôn Châu Me, xã Bình Châu, huyện Bình Sơn, tỉnh Quảng Ngãi. Điện thoại: 0255.3621.118.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hải sản ước đạt 27.800 tấn", "27.800", 27800, "measure", "tấn", "sản lượng khai thác hải sản",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate"),
    F("với 645 tàu cá", "645", 645, "count", "tàu cá", "tàu cá đánh bắt xa bờ"),
    F("hơn 412.000 CV", "412.000", 412000, "measure", "CV", "tổng công suất đội tàu", approx="over"),
    F("trong đó 512 tàu", "512", 512, "count", "tàu", "tàu có công suất từ 400 CV trở lên", total=645),
    F("từ 400 CV trở lên", "400", 400, "measure", "CV", approx="at_least", optional=True),
    F("trong xã ước đạt 27.800 tấn", "27.800", 27800, "measure", "tấn", "sản lượng khai thác của ngư dân", M9,
      status="estimate", percent=78.5, change=CH("increase", 5.1, baseline="cùng kỳ")),
    F("khoảng 1.150 tỷ đồng", "1.150", 1150e9, "money", "đồng", "giá trị sản lượng khai thác", M9,
      approx="about", status="estimate"),
    F("43,1 tấn/tàu", "43,1", 43.1, "measure", "tấn/tàu", "sản lượng bình quân", I(M9)),
    F("cho 1.850 lượt ngư dân", "1.850", 1850, "count", "lượt ngư dân",
      "lượt ngư dân được tuyên truyền chống khai thác IUU"),
    F("tại 7 thôn", "7", 7, "count", "thôn", "thôn ven biển được tuyên truyền"),
    F("100% tàu cá từ 15 m", "100", 100, "percent", "%", "tàu cá từ 15 m trở lên đã lắp đặt thiết bị VMS"),
    F("từ 15 m trở lên đã", "15", 15, "measure", "m", approx="at_least", optional=True),
    F("còn 14 tàu", "14", 14, "count", "tàu", "tàu chưa được cấp giấy phép khai thác", percent=2.2),
    F("có 96 chủ tàu", "96", 96, "count", "chủ tàu", "chủ tàu được hỗ trợ chi phí bảo hiểm thân tàu và thuyền viên",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("gần 2,9 tỷ đồng", "2,9", 2.9e9, "money", "đồng", "tổng kinh phí hỗ trợ chi phí bảo hiểm",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="nearly"),
    F("trên 15 triệu đồng", "15", 15e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động trên tàu",
      T25, approx="over", status="target"),
    F("dưới 5 chiếc", "5", 5, "count", "chiếc", "số tàu chưa có giấy phép", T25, approx="under", status="target"),
]

COMMENTS = [
    "Commune portal (xã Bình Châu, huyện Bình Sơn, Quảng Ngãi), 'Ngày đăng: 02/10/2024 | Lượt xem: 412': offshore fleet, 9-month catch, IUU.",
    "Location: FIGURES.md allows a province, city or district, so the commune's figures take its district 'Bình Sơn' (named in the header).",
    "revised: location 'Bình Châu' (a commune, not an admissible level) -> 'Bình Sơn'. Headline '9 tháng ... 27.800 tấn' is its own figure.",
    "'bằng 78,5% kế hoạch năm' -> percent; 'tăng 5,1% so với cùng kỳ' -> change. Optional thresholds: 'từ 400 CV trở lên', 'từ 15 m trở lên'.",
    "Distractors: 412 views (vs '412.000 CV'), Nghị định 67/2014/NĐ-CP, thôn Châu Me, 0255.3621.118.",
]

if __name__ == "__main__":
    emit("p492-8", TEXT, COMMENTS, FIGS, published="2024-10-02", location="Bình Sơn")
