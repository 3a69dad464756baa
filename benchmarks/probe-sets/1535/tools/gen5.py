"""p1535-5: Party newspaper (Báo Bắc Giang, tag BGĐT): a paper-clip and staple exporter in thị xã Việt Yên."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế | Doanh nghiệp - Doanh nhân

Kẹp giấy "made in Bắc Giang" có mặt ở 12 thị trường

Thứ Sáu, 17/05/2024 09:12

(BGĐT) - Từ một xưởng nhỏ với 15 công nhân, Công ty cổ phần Kim khí văn phòng Bắc Hà (thị xã Việt Yên) nay đã đưa kẹp giấy, ghim bấm mang thương hiệu Việt sang 12 thị trường.

Được thành lập năm 2012, đến nay công ty có 3 xưởng sản xuất với 210 lao động, thu nhập bình quân 9,5 triệu đồng/người/tháng. Năm 2023, công ty sản xuất 2.300 tấn kẹp giấy và ghim bấm, doanh thu đạt 186 tỷ đồng, tăng 21% so với năm trước; nộp ngân sách hơn 7 tỷ đồng. Khoảng 80% sản lượng được xuất khẩu, chủ yếu sang Nhật Bản, Hàn Quốc và Australia, trong đó thị trường Nhật Bản chiếm 35% kim ngạch.

Sản phẩm chủ lực của công ty là kẹp giấy mạ niken cỡ 28 mm, 33 mm và ghim bấm 24/6, 26/6. Ông Nguyễn Đức Thịnh, Giám đốc công ty cho biết: "Mỗi tấn kẹp giấy xuất khẩu có giá khoảng 2.100 USD, cao hơn 15% so với bán trong nước". Hiện tỷ lệ sản phẩm lỗi của công ty dưới 0,5%, đáp ứng yêu cầu của các đối tác Nhật Bản.

Từ đầu năm đến nay, công ty đã xuất khẩu 1.650 tấn sản phẩm, đạt 72% kế hoạch năm. Năm 2024, công ty phấn đấu doanh thu 220 tỷ đồng, dự kiến tuyển thêm 40 lao động khi đưa xưởng thứ tư vào hoạt động.

Toàn tỉnh Bắc Giang hiện có 9 doanh nghiệp sản xuất văn phòng phẩm; năm 2023, kim ngạch xuất khẩu nhóm hàng này đạt gần 31 triệu USD.

Hương Lan
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-05-17")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
BG = "Bắc Giang"

FIGS = [
    fig("ở 12 thị trường", "12", 12, "count", "thị trường",
        subject='thị trường có kẹp giấy "made in Bắc Giang"', location=BG),
    fig("với 15 công nhân", "15", 15, "count", "công nhân", subject="công nhân của xưởng nhỏ ban đầu"),
    fig("sang 12 thị trường", "12", 12, "count", "thị trường",
        subject="thị trường công ty đưa kẹp giấy, ghim bấm sang"),
    fig("có 3 xưởng", "3", 3, "count", "xưởng", subject="xưởng sản xuất của công ty"),
    fig("với 210 lao động", "210", 210, "count", "lao động", subject="lao động của công ty"),
    fig("bình quân 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng", subject="thu nhập bình quân của lao động"),
    fig("sản xuất 2.300 tấn", "2.300", 2300, "measure", "tấn",
        subject="kẹp giấy và ghim bấm công ty sản xuất", period=Y23),
    fig("đạt 186 tỷ", "186", 186e9, "money", "đồng", change=chg("increase", 21, "%", "năm trước"),
        subject="doanh thu của công ty", period=Y23),
    fig("hơn 7 tỷ", "7", 7e9, "money", "đồng", approx="over", subject="nộp ngân sách của công ty", period=Y23),
    fig("Khoảng 80%", "80", 80, "percent", "%", approx="about",
        subject="tỷ lệ sản lượng được xuất khẩu", period=inh(Y23)),
    fig("chiếm 35%", "35", 35, "percent", "%",
        subject="tỷ trọng thị trường Nhật Bản trong kim ngạch xuất khẩu", period=inh(Y23)),
    fig("cỡ 28 mm", "28", 28, "measure", "mm", subject="cỡ kẹp giấy mạ niken", optional=True),
    fig("28 mm, 33 mm", "33", 33, "measure", "mm", subject="cỡ kẹp giấy mạ niken", optional=True),
    fig("khoảng 2.100 USD", "2.100", 2100, "money", "USD/tấn", approx="about",
        change=chg("increase", 15, "%", "bán trong nước"), subject="giá kẹp giấy xuất khẩu"),
    fig("dưới 0,5%", "0,5", 0.5, "percent", "%", approx="under", subject="tỷ lệ sản phẩm lỗi của công ty"),
    fig("xuất khẩu 1.650 tấn", "1.650", 1650, "measure", "tấn", percent=72,
        subject="sản phẩm công ty xuất khẩu", period=YTD),
    fig("doanh thu 220 tỷ", "220", 220e9, "money", "đồng", status="target",
        subject="doanh thu của công ty", period=Y24),
    fig("thêm 40 lao động", "40", 40, "count", "lao động", status="forecast",
        subject="lao động công ty tuyển thêm", period=Y24),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất văn phòng phẩm", location=BG),
    fig("gần 31 triệu", "31", 31e6, "money", "USD", approx="nearly",
        subject="kim ngạch xuất khẩu nhóm hàng văn phòng phẩm", period=Y23b, location=BG),
]

NOTES = [
    "Party newspaper (Báo Bắc Giang điện tử): menu, headline, 'Thứ Sáu, 17/05/2024 09:12', sapo with tag '(BGĐT) -', byline at the end.",
    "Distractors: 09:12, founding year 'năm 2012', staple sizes '24/6, 26/6' (look like dates or fractions), 'xưởng thứ tư' (ordinal), baseline 'năm trước'.",
    "Company in thị xã Việt Yên: location Việt Yên for its figures; the headline names 'Bắc Giang' and the province paragraph is 'Toàn tỉnh Bắc Giang'.",
    "'Từ một xưởng nhỏ với 15 công nhân' is a past fact: a count. 'đến nay công ty có ...' is present: no period.",
    "Clip sizes 'cỡ 28 mm, 33 mm' are product specs: optional.",
    "'Khoảng 80% sản lượng được xuất khẩu' and 'trong đó thị trường Nhật Bản chiếm 35% kim ngạch' are percent figures (no base amount); period",
    "inherited from 'Năm 2023' in the previous sentence. 'cao hơn 15% so với bán trong nước' is the change of the export price.",
    "'đạt 72% kế hoạch năm' → percent of 1.650 tấn; 'Từ đầu năm đến nay' ends at the dateline. 'phấn đấu' → target; 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1535-5", TEXT, NOTES, FIGS, published="2024-05-17", location="Việt Yên")
