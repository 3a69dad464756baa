"""p1243-8: radio/TV site (Đài PT-TH Vĩnh Phúc): Vĩnh Tường harvests winter vegetables for Tết."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH VĨNH PHÚC
Thời sự | Kinh tế | Nông nghiệp - Nông thôn | Video | Podcast

Vĩnh Tường thu hoạch rộ rau vụ đông phục vụ Tết

05/01/2025 19:40 | Thời lượng video: 02:48

Những ngày này, nông dân huyện Vĩnh Tường đang tập trung thu hoạch khoảng 650 ha rau vụ đông, trong đó có hơn 200 ha bắp cải và 130 ha su hào. Vụ đông 2024 - 2025, toàn huyện trồng 3.150 ha cây vụ đông, đứng thứ hai toàn tỉnh sau huyện Yên Lạc.

Tại xã Tân Phú, Hợp tác xã Rau an toàn Tân Phú có 45 thành viên, mỗi ngày cung ứng 8-10 tấn rau cho các bếp ăn tập thể và chợ đầu mối. Anh Đỗ Văn Quang, thành viên HTX cho biết, với 3 sào bắp cải, gia đình anh thu được khoảng 25 triệu đồng, lãi gần 60%. Hiện HTX đã có 2 sản phẩm su hào, bắp cải đạt chứng nhận OCOP 3 sao.

Giá bắp cải tại ruộng hiện ở mức 7.000-8.000 đồng/kg, tăng khoảng 2.000 đồng/kg so với tháng trước; su hào 4.000 đồng/củ. Dự báo nhu cầu rau dịp Tết Nguyên đán Ất Tỵ 2025 tăng 15-20% so với ngày thường.

Theo Sở NN&PTNT, toàn tỉnh Vĩnh Phúc gieo trồng khoảng 16.300 ha cây vụ đông, ước giá trị sản xuất đạt hơn 1.400 tỷ đồng. Quý I/2025, huyện Vĩnh Tường dự kiến cung ứng ra thị trường khoảng 12.000 tấn rau các loại.

Từ khóa: rau vụ đông, Vĩnh Tường, Tết 2025
"""

Q1 = per("Quý I/2025", "2025-01-01", "2025-03-31")
VP = "Vĩnh Phúc"

FIGS = [
    fig("khoảng 650 ha", "650", 650, "measure", "ha", approx="about", subject="rau vụ đông đang thu hoạch"),
    fig("hơn 200 ha", "200", 200, "measure", "ha", approx="over", total=650, subject="bắp cải"),
    fig("và 130 ha", "130", 130, "measure", "ha", total=650, subject="su hào"),
    fig("trồng 3.150 ha", "3.150", 3150, "measure", "ha", subject="cây vụ đông toàn huyện trồng"),
    fig("thứ hai", "hai", 2, "rank", "hạng", subject="diện tích cây vụ đông"),
    fig("có 45 thành viên", "45", 45, "count", "thành viên", subject="thành viên Hợp tác xã Rau an toàn Tân Phú"),
    fig("cung ứng 8-10 tấn", "8", 8, "measure", "tấn/ngày", value_max=10, subject="rau hợp tác xã cung ứng mỗi ngày"),
    fig("với 3 sào", "3", 3, "measure", "sào", subject="bắp cải gia đình anh Quang"),
    fig("khoảng 25 triệu", "25", 25e6, "money", "đồng", approx="about", subject="tiền gia đình anh thu được"),
    fig("lãi gần 60%", "60", 60, "percent", "%", approx="nearly", subject="lãi"),
    fig("có 2 sản phẩm", "2", 2, "count", "sản phẩm", subject="sản phẩm su hào, bắp cải đạt chứng nhận OCOP 3 sao"),
    fig("7.000-8.000 đồng/kg", "7.000", 7000, "money", "đồng/kg", value_max=8000,
        change=chg("increase", 2000, "đồng/kg", "tháng trước", approx="about"), subject="giá bắp cải tại ruộng"),
    fig("su hào 4.000", "4.000", 4000, "money", "đồng/củ", subject="giá su hào"),
    fig("tăng 15-20%", "15", 15, "percent", "%", value_max=20, status="forecast",
        subject="nhu cầu rau dịp Tết Nguyên đán"),
    fig("khoảng 16.300 ha", "16.300", 16300, "measure", "ha", approx="about",
        subject="cây vụ đông toàn tỉnh gieo trồng", location=VP),
    fig("hơn 1.400 tỷ", "1.400", 1400e9, "money", "đồng", approx="over", status="estimate",
        subject="giá trị sản xuất", location=VP),
    fig("khoảng 12.000 tấn", "12.000", 12000, "measure", "tấn", approx="about", status="forecast",
        subject="rau các loại cung ứng ra thị trường", period=Q1),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Vĩnh Phúc): menu with Video/Podcast, '05/01/2025 19:40 | Thời lượng video: 02:48', keywords line.",
    "Distractors: 19:40, '02:48' (video length), season label '2024 - 2025', 'tháng trước' (baseline), 'Tết Nguyên đán Ất Tỵ 2025',",
    "'Tết 2025' in the keywords, 'OCOP 3 sao' (a rating in a name).",
    "'khoảng 650 ha …, trong đó có hơn 200 ha bắp cải và 130 ha su hào' → both parts take 650 (the cue covers the 'và' sibling).",
    "'đứng thứ hai toàn tỉnh' = rank 2 of Vĩnh Tường (location Vĩnh Tường, the default).",
    "'mỗi ngày cung ứng 8-10 tấn' → tấn/ngày. 'lãi gần 60%' has no share cue: a percent figure (nearly).",
    "'tăng khoảng 2.000 đồng/kg so với tháng trước' → change of the price range. 'Dự báo nhu cầu … tăng 15-20%' → percent, forecast;",
    "'dịp Tết Nguyên đán' is no calendar period.",
    "Province sentence: Vĩnh Phúc; 'ước giá trị sản xuất đạt hơn' → estimate, over. 'Quý I/2025 … dự kiến' → forecast, Q1 2025.",
]

if __name__ == "__main__":
    write("p1243-8", TEXT, NOTES, FIGS, published="2025-01-05", location="Vĩnh Tường")
