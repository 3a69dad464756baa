"""p1536-5: provincial newspaper (Báo Nam Định, tag (NĐO)): a brush maker in huyện Ý Yên."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO NAM ĐỊNH ĐIỆN TỬ
Kinh tế | Doanh nghiệp - Doanh nhân

Thứ Tư, 16/08/2023 | 15:20

Cọ sơn Ý Yên vươn ra thị trường quốc tế

Từ một xưởng nhỏ làm cán cọ bằng gỗ, Công ty cổ phần Cọ sơn Hoàng Long (cụm công nghiệp La Xuyên, huyện Ý Yên) nay đã đưa sản phẩm sang 7 quốc gia, doanh thu năm 2022 vượt 80 tỷ đồng.

(NĐO) - Thành lập năm 2012 với 15 công nhân, đến nay công ty có 2 nhà xưởng tổng diện tích hơn 6.000 m2, sử dụng 280 lao động, trong đó khoảng 70% là lao động nữ.

Năm 2022, công ty sản xuất 9,6 triệu cây cọ sơn và 1,3 triệu con lăn sơn; doanh thu đạt 82,5 tỷ đồng, tăng 17% so với năm 2021, trong đó xuất khẩu chiếm 65%. Sản phẩm chủ lực là dòng cọ cán gỗ mang nhãn hiệu HL-Pro 2000, được xuất sang Nhật Bản, Đức và Ba Lan.

6 tháng đầu năm 2023, dù đơn hàng từ châu Âu giảm, công ty vẫn đạt doanh thu 39 tỷ đồng, bằng 45% kế hoạch năm. Ông Trần Văn Lợi, Giám đốc công ty cho biết: "Mỗi năm chúng tôi thu mua khoảng 1.200 m3 gỗ keo, gỗ trám của nông dân trong tỉnh với giá 1,8-2,2 triệu đồng/m3".

Năm nay, công ty dự kiến đầu tư thêm một dây chuyền sơn tĩnh điện đầu kẹp trị giá 12 tỷ đồng, nâng công suất lên 1,5 triệu sản phẩm/tháng. Hiện huyện Ý Yên có 23 cơ sở sản xuất cán cọ, con lăn, đứng thứ hai toàn tỉnh sau huyện Nam Trực.

THU HÀ
"""

Y22s = per("năm 2022", "2022-01-01", "2022-12-31")
Y12 = per("năm 2012", "2012-01-01", "2012-12-31")
Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
H1 = per("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
NOW = per("Năm nay", "2023-01-01", "2023-12-31")

FIGS = [
    fig("Từ một xưởng nhỏ", "một", 1, "count", "xưởng", subject="xưởng nhỏ làm cán cọ bằng gỗ", optional=True),
    fig("sang 7 quốc gia", "7", 7, "count", "quốc gia", subject="quốc gia công ty đưa sản phẩm sang"),
    fig("vượt 80 tỷ", "80", 80e9, "money", "đồng", approx="over", subject="doanh thu", period=Y22s),
    fig("với 15 công nhân", "15", 15, "count", "công nhân", subject="công nhân khi thành lập", period=Y12),
    fig("có 2 nhà xưởng", "2", 2, "count", "nhà xưởng", subject="nhà xưởng của công ty"),
    fig("hơn 6.000 m2", "6.000", 6000, "measure", "m2", approx="over", subject="tổng diện tích nhà xưởng"),
    fig("sử dụng 280 lao động", "280", 280, "count", "lao động", subject="lao động công ty sử dụng"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about", subject="lao động nữ"),
    fig("sản xuất 9,6 triệu", "9,6", 9.6e6, "count", "cây cọ sơn", subject="cọ sơn công ty sản xuất",
        period=Y22),
    fig("và 1,3 triệu", "1,3", 1.3e6, "count", "con lăn sơn", subject="con lăn sơn công ty sản xuất",
        period=Y22),
    fig("đạt 82,5 tỷ", "82,5", 82.5e9, "money", "đồng", change=chg("increase", 17, "%", "năm 2021"),
        subject="doanh thu", period=Y22),
    fig("chiếm 65%", "65", 65, "percent", "%", subject="xuất khẩu trong doanh thu", period=Y22),
    fig("doanh thu 39 tỷ", "39", 39e9, "money", "đồng", percent=45, subject="doanh thu", period=H1),
    fig("khoảng 1.200 m3", "1.200", 1200, "measure", "m3/năm", approx="about",
        subject="gỗ keo, gỗ trám công ty thu mua mỗi năm"),
    fig("giá 1,8-2,2 triệu", "1,8", 1.8e6, "money", "đồng/m3", value_max=2.2e6, subject="giá thu mua gỗ"),
    fig("thêm một dây chuyền", "một", 1, "count", "dây chuyền", status="forecast",
        subject="dây chuyền sơn tĩnh điện đầu kẹp đầu tư thêm", period=NOW),
    fig("trị giá 12 tỷ", "12", 12e9, "money", "đồng", status="forecast",
        subject="trị giá dây chuyền sơn tĩnh điện đầu kẹp", period=NOW),
    fig("lên 1,5 triệu", "1,5", 1.5e6, "measure", "sản phẩm/tháng", status="forecast",
        subject="công suất", period=NOW),
    fig("có 23 cơ sở", "23", 23, "count", "cơ sở", subject="cơ sở sản xuất cán cọ, con lăn"),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="số cơ sở sản xuất cán cọ, con lăn"),
]

NOTES = [
    "Provincial newspaper (Báo Nam Định): 'Thứ Tư, 16/08/2023 | 15:20', sapo, tag '(NĐO) -', byline THU HÀ at the end.",
    "Distractors: 15:20, founding year 'năm 2012', 'HL-Pro 2000' (brand), 'cụm công nghiệp La Xuyên'.",
    "Sapo 'Từ một xưởng nhỏ' (an indefinite 'a small workshop' in a story of growth) is optional.",
    "The company stands in huyện Ý Yên: all figures take Ý Yên (district's count and rank too; Nam Trực is only the leader named).",
    "'trong đó khoảng 70% là lao động nữ' and 'trong đó xuất khẩu chiếm 65%' are percent figures of their own (a percent has no whole in units).",
    "'Mỗi năm ... khoảng 1.200 m3' is a rate (m3/năm). 'Năm nay' = 2023 (dateline); 'dự kiến' governs the whole sentence (forecast).",
    "'Thành lập năm 2012 với 15 công nhân': the count holds at the founding year, so period 2012; 'đến nay' figures get no period.",
]

if __name__ == "__main__":
    write("p1536-5", TEXT, NOTES, FIGS, published="2023-08-16", location="Ý Yên")
