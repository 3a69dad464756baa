"""p1357-8: radio/TV site (Đài PT-TH Cần Thơ, THCT): cheap bubble tea, ingredient origins, 6-month inspections."""
from lib import F, P, I, C, T, write

TEXT = """CẦN THƠ TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÀNH PHỐ CẦN THƠ
Trang chủ > Thời sự > Đời sống
Thứ Hai, 08/07/2024 - 19:05 | Video | Chia sẻ

Trà sữa giá rẻ 10.000 đồng/ly: nỗi lo nguồn gốc nguyên liệu

THCT - Những ly trà sữa giá chỉ từ 10.000 - 15.000 đồng đang được bày bán tràn lan trước cổng trường, khu trọ sinh viên ở quận Ninh Kiều. Phần lớn nguyên liệu được nhập từ các chợ đầu mối, không rõ nguồn gốc.

Theo Chi cục An toàn vệ sinh thực phẩm thành phố, 6 tháng đầu năm 2024, ngành chức năng đã kiểm tra 526 cơ sở kinh doanh đồ uống, trong đó có 174 cơ sở trà sữa; phát hiện 22 cơ sở trà sữa vi phạm, xử phạt 96 triệu đồng. Các đoàn cũng thu giữ, tiêu hủy 1,2 tấn trân châu, bột kem béo, siro không rõ nguồn gốc, trị giá khoảng 85 triệu đồng.

Khảo sát của phóng viên tại chợ Tân An cho thấy, bột trà sữa không nhãn mác được bán với giá chỉ 45.000 - 60.000 đồng/kg, rẻ hơn khoảng 3 lần so với sản phẩm có thương hiệu. Tiểu thương ở đây cho biết mỗi ngày bán ra khoảng ba chục ký cho các quán nhỏ.

Với khoảng 1.150 cửa hàng, Cần Thơ hiện đứng thứ 2 vùng Đồng bằng sông Cửu Long về số cơ sở kinh doanh trà sữa. Tuy nhiên, tỷ lệ cơ sở có giấy chứng nhận đủ điều kiện an toàn thực phẩm mới đạt 41,5%, thấp hơn 8,5% so với chỉ tiêu năm 2024.

Quý III, Chi cục dự kiến lấy 100 mẫu trà sữa, topping tại các quận Ninh Kiều, Bình Thủy, Cái Răng để kiểm nghiệm, đồng thời phấn đấu đến cuối năm 2025 có ít nhất 70% cơ sở trà sữa được cấp giấy chứng nhận.

Hải Đăng - Minh Tú
Tin cùng chuyên mục:
- Lễ hội Bánh dân gian Nam Bộ lần thứ 11 sẽ diễn ra tại Cần Thơ
- Đường dây nóng phản ánh an toàn thực phẩm: 0292.3820.115
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q3 = P("Quý III", "2024-07-01", "2024-09-30")
E25 = P("đến cuối năm 2025", None, "2025-12-31")

FIGS = [
    F("rẻ 10.000 đồng/ly", "10.000", 10000, "money", "đồng/ly", subject="giá trà sữa giá rẻ"),
    F("từ 10.000 - 15.000", "10.000", 10000, "money", "đồng/ly", value_max=15000,
      subject="giá những ly trà sữa bày bán trước cổng trường, khu trọ sinh viên", location="Ninh Kiều"),
    F("kiểm tra 526 cơ sở", "526", 526, "count", "cơ sở", subject="cơ sở kinh doanh đồ uống được kiểm tra",
      period=H1),
    F("có 174 cơ sở", "174", 174, "count", "cơ sở", total=526, subject="cơ sở trà sữa được kiểm tra", period=H1),
    F("phát hiện 22 cơ sở", "22", 22, "count", "cơ sở", subject="cơ sở trà sữa vi phạm", period=H1),
    F("xử phạt 96 triệu", "96", 96e6, "money", "đồng", subject="tiền xử phạt", period=H1),
    F("tiêu hủy 1,2 tấn", "1,2", 1.2, "measure", "tấn",
      subject="trân châu, bột kem béo, siro không rõ nguồn gốc bị thu giữ, tiêu hủy", period=I(H1)),
    F("khoảng 85 triệu", "85", 85e6, "money", "đồng", approx="about",
      subject="trị giá nguyên liệu bị thu giữ, tiêu hủy", period=I(H1)),
    F("chỉ 45.000 - 60.000", "45.000", 45000, "money", "đồng/kg", value_max=60000,
      change=C("decrease", 3, "lần", "sản phẩm có thương hiệu", approx="about"),
      subject="giá bột trà sữa không nhãn mác"),
    F("khoảng ba chục ký", "ba", 30, "measure", "ký/ngày", approx="about",
      subject="bột trà sữa tiểu thương bán ra mỗi ngày"),
    F("khoảng 1.150 cửa hàng", "1.150", 1150, "count", "cửa hàng", approx="about", subject="cửa hàng trà sữa"),
    F("đứng thứ 2", "2", 2, "rank", "hạng",
      subject="số cơ sở kinh doanh trà sữa vùng Đồng bằng sông Cửu Long"),
    F("đạt 41,5%", "41,5", 41.5, "percent", "%", change=C("decrease", 8.5, "%", "chỉ tiêu năm 2024"),
      subject="tỷ lệ cơ sở có giấy chứng nhận đủ điều kiện an toàn thực phẩm"),
    F("lấy 100 mẫu", "100", 100, "count", "mẫu", status="forecast",
      subject="mẫu trà sữa, topping lấy để kiểm nghiệm", period=Q3),
    F("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
      subject="cơ sở trà sữa được cấp giấy chứng nhận", period=E25),
]

NOTES = [
    "Radio/TV site (Cần Thơ TV, Đài PT-TH TP Cần Thơ): breadcrumb, 'Thứ Hai, 08/07/2024 - 19:05 | Video | Chia sẻ', tag 'THCT -', bylines, related links.",
    "Distractors: 19:05, 'lần thứ 11', hotline 0292.3820.115, 'chỉ tiêu năm 2024' (a baseline), 'Quý III' (period).",
    "Headline price '10.000 đồng/ly' and sapo range '10.000 - 15.000 đồng' (a price per cup: unit đồng/ly); the sapo names quận Ninh Kiều.",
    "'kiểm tra 526 …, trong đó có 174 cơ sở trà sữa' → total 526; '22 cơ sở trà sữa vi phạm' follows with no cue → no total.",
    "The ';' clauses continue the '6 tháng đầu năm 2024' sentence (period scored); the seizure sentence inherits it.",
    "'45.000 - 60.000 đồng/kg, rẻ hơn khoảng 3 lần so với sản phẩm có thương hiệu' → change decrease 3 lần (approx about).",
    "'mỗi ngày … khoảng ba chục ký' → 30 (number word), a daily rate (ký/ngày). 'Với khoảng 1.150 cửa hàng' → count; 'đứng thứ 2' → rank.",
    "'mới đạt 41,5%, thấp hơn 8,5% so với chỉ tiêu năm 2024' → a gap to a plan: change decrease 8,5 with that baseline; no period",
    "('hiện', the year stands only in the baseline).",
    "'Quý III, Chi cục dự kiến …' → forecast, Q3 2024; 'phấn đấu đến cuối năm 2025 có ít nhất 70%' → target, at_least, end 2025-12-31.",
    "The three districts named for the sampling keep the figure at city level (Cần Thơ).",
]

if __name__ == "__main__":
    write("p1357-8", TEXT, NOTES, FIGS, published="2024-07-08", location="Cần Thơ")
