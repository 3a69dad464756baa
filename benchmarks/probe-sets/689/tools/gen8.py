"""p689-8: Đà Nẵng city portal — gender equality results 2023 (women in politics, women-owned firms, loans, DV by district)."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG
Trang chủ > Tin tức > Xã hội
Ngày cập nhật 06/03/2024

Đà Nẵng: Nữ đại biểu HĐND thành phố chiếm 32,7%

Nhân kỷ niệm Ngày Quốc tế Phụ nữ 8/3, Sở Lao động - Thương binh và Xã hội thành phố Đà Nẵng công bố kết quả thực hiện mục tiêu bình đẳng giới năm 2023. Theo đó, tỷ lệ nữ đại biểu HĐND thành phố nhiệm kỳ 2021-2026 là 32,7%; tỷ lệ nữ tham gia cấp ủy cấp thành phố, cấp quận, huyện và cấp phường, xã lần lượt đạt 17,8%, 23,5% và 29,1%.

Tính đến ngày 31/12/2023, toàn thành phố có 5.872 doanh nghiệp do nữ làm chủ, chiếm 28,4% tổng số doanh nghiệp đang hoạt động, tăng 8,5% so với cùng kỳ. Quỹ hỗ trợ phụ nữ phát triển và nguồn vốn ủy thác qua Hội Liên hiệp Phụ nữ có tổng dư nợ 1.046,3 tỷ đồng với hơn 21.500 hội viên vay vốn.

Về phòng, chống bạo lực gia đình, năm 2023 thành phố phát hiện 58 vụ, trong đó quận Liên Chiểu 14 vụ, huyện Hòa Vang 11 vụ, quận Thanh Khê 9 vụ; 100% nạn nhân được tư vấn, hỗ trợ.

Trong quý I/2024, các quận, huyện dự kiến tổ chức 36 buổi đối thoại chính sách về bình đẳng giới với khoảng 2.000 lượt người tham gia. Thành phố phấn đấu đến năm 2025 tỷ lệ nữ giữ chức vụ lãnh đạo chủ chốt các sở, ngành đạt từ 30 đến 35%.

Cơ quan chủ quản: UBND thành phố Đà Nẵng
Địa chỉ: Số 24 Trần Phú, quận Hải Châu, thành phố Đà Nẵng
Giấy phép số 52/GP-TTĐT
Tổng số lượt truy cập: 15.604.227
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
AS = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("thành phố chiếm 32,7%", "32,7", 32.7, "percent", "%", "tỷ lệ nữ đại biểu HĐND thành phố"),
    F("là 32,7%", "32,7", 32.7, "percent", "%", "tỷ lệ nữ đại biểu HĐND thành phố nhiệm kỳ 2021-2026"),
    F("đạt 17,8%", "17,8", 17.8, "percent", "%", "tỷ lệ nữ tham gia cấp ủy cấp thành phố", I(Y23)),
    F("17,8%, 23,5%", "23,5", 23.5, "percent", "%", "tỷ lệ nữ tham gia cấp ủy cấp quận, huyện", I(Y23)),
    F("và 29,1%", "29,1", 29.1, "percent", "%", "tỷ lệ nữ tham gia cấp ủy cấp phường, xã", I(Y23)),
    F("có 5.872 doanh nghiệp", "5.872", 5872, "count", "doanh nghiệp", "doanh nghiệp do nữ làm chủ", AS,
      percent=28.4, change=CH("increase", 8.5, "%", "cùng kỳ")),
    F("dư nợ 1.046,3 tỷ đồng", "1.046,3", 1_046_300_000_000, "money", "đồng",
      "tổng dư nợ Quỹ hỗ trợ phụ nữ phát triển và nguồn vốn ủy thác qua Hội Liên hiệp Phụ nữ", I(AS)),
    F("hơn 21.500 hội viên", "21.500", 21500, "count", "hội viên", "hội viên vay vốn", I(AS), approx="over"),
    F("phát hiện 58 vụ", "58", 58, "count", "vụ", "vụ bạo lực gia đình phát hiện", Y23),
    F("Liên Chiểu 14 vụ", "14", 14, "count", "vụ", "vụ bạo lực gia đình phát hiện", Y23, total=58,
      location="Liên Chiểu"),
    F("Hòa Vang 11 vụ", "11", 11, "count", "vụ", "vụ bạo lực gia đình phát hiện", Y23, total=58,
      location="Hòa Vang"),
    F("Thanh Khê 9 vụ", "9", 9, "count", "vụ", "vụ bạo lực gia đình phát hiện", Y23, total=58,
      location="Thanh Khê"),
    F("; 100% nạn nhân", "100", 100, "percent", "%", "nạn nhân bạo lực gia đình được tư vấn, hỗ trợ", Y23),
    F("tổ chức 36 buổi", "36", 36, "count", "buổi", "buổi đối thoại chính sách về bình đẳng giới", Q1,
      status="forecast"),
    F("khoảng 2.000 lượt người", "2.000", 2000, "count", "lượt người", "lượt người tham gia đối thoại", Q1,
      approx="about", status="forecast"),
    F("từ 30 đến 35%", "30", 30, "percent", "%", "tỷ lệ nữ giữ chức vụ lãnh đạo chủ chốt các sở, ngành", T25,
      value_max=35, status="target"),
]

COMMENTS = [
    "Cổng TTĐT thành phố Đà Nẵng (invented): bình đẳng giới năm 2023, published 'Ngày cập nhật 06/03/2024'.",
    "'8/3', 'nhiệm kỳ 2021-2026' (a term, not a range figure), 'Số 24 Trần Phú', 'Giấy phép số 52/GP-TTĐT', the access counter",
    "are not figures. 'lần lượt' list: one subject per level. District items after 'trong đó' get total 58 and their district as location.",
    "5.872 doanh nghiệp: share 28,4% (percent) and 'tăng 8,5% so với cùng kỳ' (change); as-of period. 'quý I/2024' + 'dự kiến' → forecast.",
    "32,7% in the body gets no period (the term 2021-2026 is its frame, not 'năm 2023'): left unscored.",
]

if __name__ == "__main__":
    emit("p689-8", TEXT, COMMENTS, FIGS, published="2024-03-06", location="Đà Nẵng")
