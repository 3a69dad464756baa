"""p1261-2: district portal (huyện Khoái Châu, Hưng Yên): a cooperative growing tissue-culture bananas."""
from lib import fig, per, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KHOÁI CHÂU - TỈNH HƯNG YÊN
Trang chủ / Kinh tế / Nông nghiệp

Hợp tác xã đưa chuối cấy mô về xã Bình Minh

18/04/2024 - 08:30

Hợp tác xã Nông nghiệp công nghệ cao Bình Minh được thành lập năm 2019 với 7 thành viên. Hiện HTX có 25 thành viên, liên kết với ba chục hộ trồng chuối tiêu hồng bằng cây giống cấy mô trên diện tích hơn 85 ha.

Mỗi năm, HTX ươm và cung ứng khoảng 600.000 cây giống cấy mô, giá bán từ 6.000 đến 7.500 đồng/cây. Năm 2023, doanh thu của HTX đạt 4,2 tỷ đồng, vượt 5% kế hoạch; lợi nhuận hơn 900 triệu đồng.

Theo ông Phạm Văn Hưng, Giám đốc HTX, mỗi ha chuối cấy mô cho năng suất 55-60 tấn, cao hơn khoảng 15 tấn/ha so với chuối trồng bằng cây con tách từ gốc. Giá chuối thu mua tại vườn hiện từ 8.000 đến 9.000 đồng/kg, trừ chi phí, mỗi ha lãi khoảng 250 triệu đồng.

Theo UBND huyện, toàn huyện hiện có 620 ha chuối, trong đó diện tích trồng bằng giống cấy mô chiếm khoảng 70%. Năm 2024, huyện phấn đấu nâng diện tích chuối cấy mô lên 480 ha. Huyện hỗ trợ 50% giá cây giống cho hộ trồng mới, tối đa 15 triệu đồng/hộ.

Dự kiến vụ thu hoạch năm nay, HTX xuất bán khoảng 1.500 tấn chuối sang thị trường Trung Quốc và Hàn Quốc.

Tin khác:
- Khoái Châu tổng kết Chương trình OCOP năm 2023
- Xã Bình Minh đón Bằng công nhận xã nông thôn mới nâng cao

Cổng thông tin điện tử huyện Khoái Châu
Địa chỉ: Thị trấn Khoái Châu, huyện Khoái Châu, tỉnh Hưng Yên
Điện thoại: 0221.3910.268
"""

Y19 = per("năm 2019", "2019-01-01", "2019-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("với 7 thành viên", "7", 7, "count", "thành viên", subject="thành viên Hợp tác xã Nông nghiệp công nghệ cao Bình Minh khi thành lập", period=Y19),
    fig("có 25 thành viên", "25", 25, "count", "thành viên", subject="thành viên HTX"),
    fig("ba chục hộ", "ba chục", 30, "count", "hộ",
        subject="hộ trồng chuối tiêu hồng bằng cây giống cấy mô liên kết với HTX"),
    fig("hơn 85 ha", "85", 85, "measure", "ha", approx="over",
        subject="diện tích trồng chuối tiêu hồng bằng cây giống cấy mô"),
    fig("khoảng 600.000", "600.000", 600000, "measure", "cây giống/năm", approx="about",
        subject="cây giống cấy mô HTX ươm và cung ứng"),
    fig("từ 6.000 đến 7.500", "6.000", 6000, "money", "đồng/cây", value_max=7500,
        subject="giá bán cây giống cấy mô"),
    fig("đạt 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", change=chg("increase", 5, "%", "kế hoạch"),
        subject="doanh thu của HTX", period=Y23),
    fig("hơn 900 triệu", "900", 900e6, "money", "đồng", approx="over", subject="lợi nhuận của HTX", period=Y23),
    fig("năng suất 55-60 tấn", "55", 55, "measure", "tấn/ha", value_max=60,
        change=chg("increase", 15, "tấn/ha", "chuối trồng bằng cây con tách từ gốc", approx="about"),
        subject="năng suất chuối cấy mô"),
    fig("từ 8.000 đến 9.000", "8.000", 8000, "money", "đồng/kg", value_max=9000,
        subject="giá chuối thu mua tại vườn"),
    fig("lãi khoảng 250 triệu", "250", 250e6, "money", "đồng/ha", approx="about",
        subject="lãi mỗi ha chuối"),
    fig("có 620 ha", "620", 620, "measure", "ha", subject="diện tích chuối toàn huyện"),
    fig("chiếm khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="diện tích trồng bằng giống cấy mô"),
    fig("lên 480 ha", "480", 480, "measure", "ha", status="target", subject="diện tích chuối cấy mô",
        period=Y24),
    fig("hỗ trợ 50%", "50", 50, "percent", "%", subject="mức hỗ trợ giá cây giống cho hộ trồng mới"),
    fig("tối đa 15 triệu", "15", 15e6, "money", "đồng/hộ", approx="at_most",
        subject="mức hỗ trợ giá cây giống cho hộ trồng mới"),
    fig("khoảng 1.500 tấn", "1.500", 1500, "measure", "tấn", approx="about", status="forecast",
        subject="chuối HTX xuất bán", period=NOW),
]

NOTES = [
    "District portal (huyện Khoái Châu, Hưng Yên): banner, breadcrumb, '18/04/2024 - 08:30', 'Tin khác', footer address and phone.",
    "Distractors: 08:30, founding year 'năm 2019' (the period of '7 thành viên', not a figure), 'OCOP năm 2023', phone 0221.3910.268.",
    "'ba chục hộ' = 30 (number word, exact). 'Mỗi năm ... khoảng 600.000 cây giống' is a yearly rate: measure, 'cây giống/năm'.",
    "'vượt 5% kế hoạch' → change increase 5% baseline 'kế hoạch' (FIGURES.md: a gap to a plan is a change).",
    "'mỗi ha ... năng suất 55-60 tấn' → tấn/ha range; 'cao hơn khoảng 15 tấn/ha so với ...' → change in tấn/ha.",
    "'trong đó diện tích ... chiếm khoảng 70%' is a percent figure of its own. 'Hiện' figures and prices carry no period.",
    "Location: the HTX is in xã Bình Minh (a commune), so every figure is the district's: Khoái Châu. Trading partners are not places.",
    "'năm nay' → 2024 (published).",
    "revised after the first run: subject of '7 thành viên' 'thành viên HTX khi thành lập' → 'thành viên Hợp tác xã Nông nghiệp",
    "công nghệ cao Bình Minh khi thành lập' (the sentence names the cooperative in full; 'HTX' was my abbreviation).",
]

if __name__ == "__main__":
    write(2, TEXT, NOTES, FIGS, published="2024-04-18", location="Khoái Châu")
