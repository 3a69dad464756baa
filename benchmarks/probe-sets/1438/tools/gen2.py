"""p1438-2: district portal (huyện Đông Anh, Hà Nội): specific land prices for compensation, Vành đai 4."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG ANH - THÀNH PHỐ HÀ NỘI
Trang chủ / Tin tức / Tài nguyên - Môi trường

Công bố giá đất cụ thể bồi thường dự án Vành đai 4 qua địa bàn huyện
07/08/2024 - 10:22

Sáng 6/8, UBND huyện Đông Anh tổ chức hội nghị công bố giá đất cụ thể để tính tiền bồi thường khi Nhà nước thu hồi đất thực hiện dự án đường Vành đai 4 - Vùng Thủ đô đi qua 8 xã của huyện.

Đơn vị tư vấn là Công ty cổ phần Thẩm định giá Thăng Long Việt đã khảo sát 312 thửa đất có giao dịch thành công, thu thập 96 phiếu điều tra, áp dụng ba phương pháp định giá là so sánh, thu nhập và thặng dư. Đây là đơn vị đã tư vấn xác định giá đất cho gần ba chục dự án trên địa bàn thành phố.

Theo kết quả được UBND thành phố phê duyệt, giá đất ở để tính bồi thường tại các xã từ 28,5 đến 41 triệu đồng/m2, cao gấp khoảng 2,5 lần giá trong bảng giá đất của thành phố. Giá đất nông nghiệp trồng cây hằng năm là 252.000 đồng/m2, tăng 17.000 đồng/m2 so với năm 2023.

Dự án có 1.846 hộ bị ảnh hưởng, trong đó 412 hộ phải bố trí tái định cư. Tổng kinh phí bồi thường, hỗ trợ dự kiến khoảng 3.870 tỷ đồng. Tính đến ngày 31/7/2024, huyện đã chi trả 2.140 tỷ đồng cho 1.205 hộ, đạt 65,3% số hộ; phấn đấu trước ngày 30/9 bàn giao ít nhất 90% diện tích mặt bằng.

Nguồn: Phòng Tài nguyên và Môi trường huyện

Tin khác:
- Đông Anh tổ chức Hội nghị triển khai Luật Đất đai năm 2024
- Hướng dẫn hồ sơ cấp Giấy chứng nhận quyền sử dụng đất lần đầu

UBND HUYỆN ĐÔNG ANH
Địa chỉ: Số 68 đường Cao Lỗ, thị trấn Đông Anh, Hà Nội | Điện thoại: 024.3883.2318
"""

ASOF = per("Tính đến ngày 31/7/2024", None, "2024-07-31")
BY = per("trước ngày 30/9", None, "2024-09-30")

FIGS = [
    fig("qua 8 xã", "8", 8, "count", "xã", subject="xã có dự án đường Vành đai 4 - Vùng Thủ đô đi qua"),
    fig("khảo sát 312 thửa", "312", 312, "count", "thửa đất", subject="thửa đất có giao dịch thành công được khảo sát"),
    fig("thập 96 phiếu", "96", 96, "count", "phiếu điều tra", subject="phiếu điều tra thu thập"),
    fig("áp dụng ba phương pháp", "ba", 3, "count", "phương pháp", subject="phương pháp định giá áp dụng",
        optional=True),
    fig("gần ba chục dự án", "ba chục", 30, "count", "dự án", approx="nearly",
        subject="dự án đơn vị đã tư vấn xác định giá đất", location="Hà Nội"),
    fig("từ 28,5 đến 41 triệu", "28,5", 28.5e6, "money", "đồng/m2", value_max=41e6,
        change=chg("increase", 2.5, "lần", "giá trong bảng giá đất của thành phố", approx="about"),
        subject="giá đất ở để tính bồi thường tại các xã"),
    fig("là 252.000 đồng", "252.000", 252000, "money", "đồng/m2",
        change=chg("increase", 17000, "đồng/m2", "năm 2023"),
        subject="giá đất nông nghiệp trồng cây hằng năm"),
    fig("có 1.846 hộ", "1.846", 1846, "count", "hộ", subject="hộ bị ảnh hưởng"),
    fig("trong đó 412 hộ", "412", 412, "count", "hộ", total=1846, subject="hộ phải bố trí tái định cư"),
    fig("khoảng 3.870 tỷ", "3.870", 3870e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng kinh phí bồi thường, hỗ trợ"),
    fig("chi trả 2.140 tỷ", "2.140", 2140e9, "money", "đồng", subject="kinh phí huyện đã chi trả", period=ASOF),
    fig("cho 1.205 hộ", "1.205", 1205, "count", "hộ", percent=65.3, subject="hộ được chi trả", period=ASOF),
    fig("ít nhất 90%", "90", 90, "percent", "%", approx="at_least", status="target",
        subject="diện tích mặt bằng bàn giao", period=BY),
]

NOTES = [
    "District portal (huyện Đông Anh, Hà Nội): portal banner, breadcrumb, '07/08/2024 - 10:22' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'Vành đai 4' (name, twice), 'Sáng 6/8', 'Luật Đất đai năm 2024', 'Số 68 đường Cao Lỗ', phone 024.3883.2318, 10:22.",
    "Location Đông Anh for the district's figures; 'gần ba chục dự án trên địa bàn thành phố' → Hà Nội (the banner names the city).",
    "'ba phương pháp định giá là so sánh, thu nhập và thặng dư' names the methods: optional, like 'ba trụ cột' in the shared gold.",
    "'cao gấp khoảng 2,5 lần giá trong bảng giá' after the price range is its change (lần). '252.000 đồng/m2, tăng 17.000 đồng/m2' is a change in đồng/m2.",
    "'dự kiến khoảng 3.870 tỷ' → forecast + about. 'đạt 65,3% số hộ' is the percent of 1.205 hộ (no part cue, so no total).",
    "'phấn đấu trước ngày 30/9' → target, as-of end 2024-09-30 (year from the nearest earlier date 31/7/2024).",
]

if __name__ == "__main__":
    write("p1438-2", TEXT, NOTES, FIGS, published="2024-08-07", location="Đông Anh")
