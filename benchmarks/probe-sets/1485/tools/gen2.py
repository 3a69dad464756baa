"""p1485-2: district portal (huyện Đông Anh, Hà Nội): trade-in of old refrigerators, recycling."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG ANH - THÀNH PHỐ HÀ NỘI
Trang chủ / Tin tức / Kinh tế - Môi trường

Đông Anh: Hơn 1.300 tủ lạnh cũ được thu đổi

18/06/2024 - 08:40

Sau hai đợt triển khai chương trình "Đổi tủ lạnh cũ, tiết kiệm điện" phối hợp với Công ty cổ phần Điện máy Thăng Long, từ tháng 3 đến hết tháng 5/2024, huyện đã thu đổi 1.326 chiếc tủ lạnh, tủ đông cũ của người dân tại 24 xã, thị trấn. Trong đó có 847 chiếc đã sử dụng trên 10 năm, chiếm 63,9%. Gần ba chục đoàn viên thanh niên tham gia vận chuyển tủ cho các hộ neo đơn.

Mỗi hộ mang tủ cũ đến điểm thu đổi được trừ từ 500.000 đến 1,5 triệu đồng khi mua tủ lạnh mới dán nhãn năng lượng 5 sao; riêng hộ nghèo, hộ cận nghèo được hỗ trợ thêm 300.000 đồng/hộ từ nguồn xã hội hóa. Tổng giá trị hỗ trợ khoảng 1,42 tỷ đồng.

Toàn bộ tủ cũ được chuyển về cơ sở tái chế của Công ty TNHH Môi trường Xanh Sóc Sơn để tháo dỡ, thu hồi khoảng 214 kg môi chất lạnh và gần 38 tấn sắt thép, nhựa. Theo đơn vị tư vấn, thay số tủ cũ này bằng tủ mới ước tính giúp các hộ tiết kiệm khoảng 450.000 kWh điện mỗi năm, tương đương gần 1,3 tỷ đồng tiền điện.

Thời gian tới, huyện phấn đấu đến hết năm 2024 thu đổi thêm ít nhất 1.000 chiếc và đưa tỷ lệ hộ dùng tủ lạnh đạt nhãn năng lượng từ 4 sao trở lên lên 45%. Người dân có nhu cầu liên hệ đường dây nóng 024.3883.5112 hoặc UBND các xã.

Nguồn: Phòng Kinh tế huyện Đông Anh

Tin khác:
- Đông Anh tổ chức Ngày hội tái chế lần thứ 3
- Hướng dẫn phân loại rác thải sinh hoạt tại nguồn
"""

CAMP = per("từ tháng 3 đến hết tháng 5/2024", "2024-03-01", "2024-05-31")
END24 = per("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    fig("Hơn 1.300", "1.300", 1300, "count", "tủ lạnh", approx="over",
        subject="tủ lạnh cũ được thu đổi"),
    fig("Sau hai đợt", "hai", 2, "count", "đợt",
        subject="đợt triển khai chương trình \"Đổi tủ lạnh cũ, tiết kiệm điện\"", period=CAMP),
    fig("thu đổi 1.326 chiếc", "1.326", 1326, "count", "chiếc",
        subject="tủ lạnh, tủ đông cũ của người dân huyện đã thu đổi", period=CAMP),
    fig("tại 24 xã", "24", 24, "count", "xã, thị trấn",
        subject="xã, thị trấn có tủ lạnh được thu đổi", period=CAMP),
    fig("có 847 chiếc", "847", 847, "count", "chiếc", total=1326, percent=63.9,
        subject="tủ đã sử dụng trên 10 năm", period=inh(CAMP)),
    fig("trên 10 năm", "10", 10, "measure", "năm", approx="over", optional=True,
        subject="thời gian sử dụng của tủ"),
    fig("Gần ba chục", "ba chục", 30, "count", "đoàn viên thanh niên", approx="nearly",
        subject="đoàn viên thanh niên tham gia vận chuyển tủ cho các hộ neo đơn"),
    fig("từ 500.000 đến 1,5 triệu", "500.000", 500000, "money", "đồng/hộ", value_max=1.5e6,
        subject="số tiền mỗi hộ mang tủ cũ được trừ khi mua tủ lạnh mới"),
    fig("thêm 300.000 đồng/hộ", "300.000", 300000, "money", "đồng/hộ",
        subject="hỗ trợ thêm cho hộ nghèo, hộ cận nghèo"),
    fig("khoảng 1,42 tỷ", "1,42", 1.42e9, "money", "đồng", approx="about",
        subject="tổng giá trị hỗ trợ"),
    fig("khoảng 214 kg", "214", 214, "measure", "kg", approx="about",
        subject="môi chất lạnh thu hồi"),
    fig("gần 38 tấn", "38", 38, "measure", "tấn", approx="nearly",
        subject="sắt thép, nhựa thu hồi"),
    fig("khoảng 450.000 kWh", "450.000", 450000, "measure", "kWh/năm", approx="about", status="estimate",
        subject="điện các hộ tiết kiệm mỗi năm"),
    fig("gần 1,3 tỷ", "1,3", 1.3e9, "money", "đồng", approx="nearly", status="estimate",
        subject="tiền điện tiết kiệm"),
    fig("ít nhất 1.000 chiếc", "1.000", 1000, "count", "chiếc", approx="at_least", status="target",
        subject="tủ lạnh thu đổi thêm", period=END24),
    fig("lên 45%", "45", 45, "percent", "%", status="target",
        subject="tỷ lệ hộ dùng tủ lạnh đạt nhãn năng lượng từ 4 sao trở lên", period=END24),
]

NOTES = [
    "District portal (huyện Đông Anh, Hà Nội): trade-in of old refrigerators; date line '18/06/2024 - 08:40' under the headline.",
    "Distractors: 08:40, 'nhãn năng lượng 5 sao', 'từ 4 sao trở lên' (label grades, like service levels), hotline 024.3883.5112,",
    "'lần thứ 3' (ordinal in a link), the campaign months 'từ tháng 3 đến hết tháng 5/2024' (a period).",
    "Headline 'Hơn 1.300 tủ lạnh cũ' is a figure of its own (over), no period in it.",
    "'Trong đó có 847 chiếc ..., chiếm 63,9%' after a sentence break: total 1.326, percent 63,9, period inherited.",
    "'trên 10 năm' defines the class of fridges (their age), not a claim: optional.",
    "'Gần ba chục' = nearly 30 (number words). 'Mỗi hộ ... được trừ từ 500.000 đến 1,5 triệu đồng' is a per-household amount: unit đồng/hộ.",
    "'ước tính giúp ... tiết kiệm khoảng 450.000 kWh điện mỗi năm, tương đương gần 1,3 tỷ đồng': both estimate; 'tương đương' + money",
    "is not a share, so 1,3 tỷ is a money figure of its own. 'phấn đấu đến hết năm 2024' governs both clauses: target, end 2024-12-31.",
    "Location: Đông Anh for every figure (district portal, the programme is the district's).",
]

if __name__ == "__main__":
    write("p1485-2", TEXT, NOTES, FIGS, published="2024-06-18", location="Đông Anh")
