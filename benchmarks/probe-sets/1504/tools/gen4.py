"""p1504-4: provincial Party newspaper (Báo Bắc Giang, tag (BGĐT)): a roller-shutter workshop in thị xã Việt Yên."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế | Doanh nghiệp - Doanh nhân

Xưởng cửa cuốn làng quê đạt doanh thu 38 tỷ đồng

15/07/2024 08:20

Từ một tiệm gò hàn nhỏ, anh Dương Văn Tuấn ở phường Bích Động (thị xã Việt Yên) đã xây dựng Công ty TNHH Cửa cuốn Tuấn Phát thành một trong những cơ sở sản xuất cửa cuốn lớn của thị xã.

(BGĐT) - Năm 2012, anh Tuấn cùng hai thợ hàn mở xưởng gia công cửa sắt, cửa cuốn trên diện tích 150 m2. Hiện xưởng đã mở rộng lên 3.200 m2 với 2 dây chuyền cán nan, sơn tĩnh điện, thường xuyên có ba chục công nhân, thu nhập từ 9 đến 12 triệu đồng/người/tháng.

Mỗi tháng, công ty xuất xưởng khoảng 650 bộ cửa cuốn các loại, giá bán từ 1,1 đến 1,7 triệu đồng/m2 tùy loại nan thép hay nan nhôm. Năm 2023, doanh thu đạt 38 tỷ đồng, tăng 15% so với năm 2022; công ty nộp ngân sách hơn 1,2 tỷ đồng. Hiện công ty đứng thứ 2 về doanh thu trong số 17 cơ sở sản xuất cửa cuốn của thị xã. 6 tháng đầu năm 2024, doanh thu đạt 21,3 tỷ đồng, bằng 53% kế hoạch năm.

Theo anh Tuấn, mỗi bộ cửa cuốn tấm liền lắp cho nhà phố có giá khoảng 14 triệu đồng, còn cửa cuốn khe thoáng nan nhôm giá cao gấp đôi. Dự kiến trong quý IV năm nay, công ty đầu tư thêm một dây chuyền cán nan nhôm tự động trị giá 6,5 tỷ đồng, nâng sản lượng thêm khoảng 30%.

"Khó nhất là giữ thợ lành nghề, nên tôi luôn trả lương đúng hạn và đóng bảo hiểm đầy đủ cho anh em", anh Tuấn chia sẻ.

HOÀNG LINH

Từ khóa: cửa cuốn, Việt Yên, doanh nghiệp nhỏ và vừa
"""

Y12 = per("Năm 2012", "2012-01-01", "2012-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q4 = per("quý IV năm nay", "2024-10-01", "2024-12-31")

FIGS = [
    fig("đạt doanh thu 38 tỷ", "38", 38e9, "money", "đồng", subject="doanh thu xưởng cửa cuốn làng quê"),
    fig("cùng hai thợ hàn", "hai", 2, "count", "thợ hàn", subject="thợ hàn cùng anh Tuấn mở xưởng", period=Y12),
    fig("tích 150 m2", "150", 150, "measure", "m2", subject="diện tích xưởng gia công cửa sắt, cửa cuốn", period=Y12),
    fig("lên 3.200 m2", "3.200", 3200, "measure", "m2", subject="diện tích xưởng"),
    fig("với 2 dây chuyền", "2", 2, "count", "dây chuyền", subject="dây chuyền cán nan, sơn tĩnh điện"),
    fig("có ba chục công nhân", "ba chục", 30, "count", "công nhân", subject="công nhân thường xuyên của xưởng"),
    fig("từ 9 đến 12 triệu", "9", 9e6, "money", "đồng/người/tháng", value_max=12e6, subject="thu nhập công nhân"),
    fig("khoảng 650 bộ", "650", 650, "measure", "bộ/tháng", approx="about",
        subject="cửa cuốn các loại công ty xuất xưởng mỗi tháng"),
    fig("từ 1,1 đến 1,7 triệu", "1,1", 1.1e6, "money", "đồng/m2", value_max=1.7e6, subject="giá bán cửa cuốn"),
    fig("doanh thu đạt 38 tỷ", "38", 38e9, "money", "đồng", change=chg("increase", 15, "%", "năm 2022"),
        subject="doanh thu", period=Y23),
    fig("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="over", subject="nộp ngân sách của công ty", period=Y23),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", total=17,
        subject="doanh thu của công ty"),
    fig("đạt 21,3 tỷ", "21,3", 21.3e9, "money", "đồng", percent=53, subject="doanh thu", period=H1),
    fig("khoảng 14 triệu", "14", 14e6, "money", "đồng/bộ", approx="about",
        subject="giá mỗi bộ cửa cuốn tấm liền lắp cho nhà phố"),
    fig("cao gấp đôi", "đôi", 2, "multiple", "lần", subject="giá cửa cuốn khe thoáng nan nhôm"),
    fig("thêm một dây chuyền", "một", 1, "count", "dây chuyền", status="forecast",
        subject="dây chuyền cán nan nhôm tự động đầu tư thêm", period=Q4),
    fig("giá 6,5 tỷ", "6,5", 6.5e9, "money", "đồng", status="forecast",
        subject="trị giá dây chuyền cán nan nhôm tự động", period=Q4),
    fig("thêm khoảng 30%", "30", 30, "percent", "%", approx="about", status="forecast",
        subject="sản lượng nâng thêm", period=Q4),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Giang): section menu, headline figure, '15/07/2024 08:20', sapo, tag '(BGĐT) -', quote, byline, tags.",
    "Everything describes one company in thị xã Việt Yên: location Việt Yên.",
    "Distractors: time 08:20, founding year 'Năm 2012' as such, baseline 'năm 2022', 'phường Bích Động'.",
    "Headline '38 tỷ đồng' is a figure of its own (no period in the headline). 'Năm 2012' is the period of the two founding figures;",
    "'Hiện' figures get no period. 'ba chục' = 30 (number word). 'Mỗi tháng … khoảng 650 bộ' is a rate: measure, 'bộ/tháng'.",
    "'đứng thứ 2 về doanh thu trong số 17 cơ sở' → rank 2, total 17 ('trong số N'); 17 is an attribute, not a figure.",
    "'bằng 53% kế hoạch năm' → percent attribute of 21,3 tỷ. 'mỗi bộ … khoảng 14 triệu đồng' → unit 'đồng/bộ'.",
    "'giá cao gấp đôi' stands alone as the claim → multiple 2. 'Dự kiến trong quý IV năm nay' → forecast, quý IV 2024 (year of published).",
]

if __name__ == "__main__":
    write("p1504-4", TEXT, NOTES, FIGS, published="2024-07-15", location="Việt Yên")
