"""p1151-5: Báo Nam Định (Party newspaper). A bedding plant in CCN Xuân Tiến (huyện Xuân Trường) and the province's industrial clusters."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO NAM ĐỊNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NAM ĐỊNH

Kinh tế

Doanh nghiệp chăn ga gối trong cụm công nghiệp vững đơn hàng cuối năm

Những ngày cuối năm, nhà xưởng của Công ty CP Dệt may Hồng Phát tại Cụm công nghiệp Xuân Tiến (huyện Xuân Trường) luôn rộn ràng tiếng máy. Năm 2023, công ty ước sản xuất 1,15 triệu sản phẩm chăn, ga, gối, nệm bông ép, doanh thu khoảng 186 tỷ đồng, tăng 14% so với năm 2022; trong đó doanh thu xuất khẩu sang Nhật Bản, Hàn Quốc 134 tỷ đồng. Công ty mở thêm một phân xưởng may với 120 máy may công nghiệp, giải quyết việc làm cho 620 lao động địa phương với thu nhập bình quân 8,6 triệu đồng/người/tháng; thưởng Tết dự kiến bằng 1,5 tháng lương.

Xác định nguyên liệu bông, vải, mút xốp rất dễ cháy, công ty đầu tư 4,2 tỷ đồng lắp đặt hệ thống báo cháy, chữa cháy tự động và duy trì đội PCCC cơ sở 25 thành viên. Ông Trần Văn Lực, Giám đốc công ty cho biết, đơn hàng đã ký đến hết tháng 6/2024; năm 2024 công ty phấn đấu doanh thu đạt 210 tỷ đồng, tuyển thêm khoảng 80 lao động.

Theo Sở Công Thương Nam Định, toàn tỉnh có 23 cụm công nghiệp đang hoạt động, tỷ lệ lấp đầy bình quân đạt 68,5%. Các cụm công nghiệp hiện thu hút 17 doanh nghiệp sản xuất chăn ga gối, nệm, sử dụng gần 4.500 lao động. 11 tháng năm 2023, giá trị sản xuất của nhóm ngành này ước đạt 1.340 tỷ đồng, tăng 9,2% so với cùng kỳ. Dự kiến đến năm 2025, tỉnh thành lập mới 6 cụm công nghiệp, ưu tiên thu hút các dự án dệt may, chăn ga gối sử dụng công nghệ hiện đại, bảo đảm an toàn PCCC.

THANH HƯƠNG
25/12/2023
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
M11 = per("11 tháng năm 2023", "2023-01-01", "2023-11-30")
TO25 = per("đến năm 2025", None, "2025-12-31")
XT = "Xuân Trường"

FIGS = [
    fig("ước sản xuất 1,15 triệu", "1,15", 1.15e6, "count", "sản phẩm", status="estimate", period=Y23, location=XT,
        subject="sản phẩm chăn, ga, gối, nệm bông ép công ty sản xuất"),
    fig("khoảng 186 tỷ", "186", 186e9, "money", "đồng", approx="about", status="estimate", period=Y23, location=XT,
        change=chg("increase", 14, "%", "năm 2022"), subject="doanh thu của công ty"),
    fig("Hàn Quốc 134 tỷ", "134", 134e9, "money", "đồng", total=186e9, status="estimate", period=Y23, location=XT,
        subject="doanh thu xuất khẩu sang Nhật Bản, Hàn Quốc"),
    fig("thêm một phân xưởng", "một", 1, "count", "phân xưởng", period=inh(Y23), location=XT,
        subject="phân xưởng may mở thêm"),
    fig("với 120 máy", "120", 120, "count", "máy may công nghiệp", period=inh(Y23), location=XT,
        subject="máy may công nghiệp của phân xưởng"),
    fig("cho 620 lao động", "620", 620, "count", "lao động", period=inh(Y23), location=XT,
        subject="lao động địa phương được giải quyết việc làm"),
    fig("bình quân 8,6 triệu", "8,6", 8.6e6, "money", "đồng/người/tháng", period=inh(Y23), location=XT,
        subject="thu nhập bình quân của lao động"),
    fig("bằng 1,5 tháng lương", "1,5", 1.5, "measure", "tháng lương", status="forecast", location=XT,
        subject="thưởng Tết"),
    fig("đầu tư 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", location=XT,
        subject="vốn đầu tư lắp đặt hệ thống báo cháy, chữa cháy tự động"),
    fig("cơ sở 25 thành viên", "25", 25, "count", "thành viên", location=XT,
        subject="thành viên đội PCCC cơ sở"),
    fig("đạt 210 tỷ", "210", 210e9, "money", "đồng", status="target", period=Y24, location=XT,
        subject="doanh thu công ty phấn đấu"),
    fig("khoảng 80 lao động", "80", 80, "count", "lao động", approx="about", status="target", period=Y24, location=XT,
        subject="lao động tuyển thêm"),
    fig("có 23 cụm công nghiệp", "23", 23, "count", "cụm công nghiệp",
        subject="cụm công nghiệp đang hoạt động"),
    fig("đạt 68,5%", "68,5", 68.5, "percent", "%",
        subject="tỷ lệ lấp đầy bình quân cụm công nghiệp"),
    fig("thu hút 17 doanh nghiệp", "17", 17, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất chăn ga gối, nệm trong các cụm công nghiệp"),
    fig("gần 4.500 lao động", "4.500", 4500, "count", "lao động", approx="nearly",
        subject="lao động doanh nghiệp sản xuất chăn ga gối, nệm"),
    fig("ước đạt 1.340 tỷ", "1.340", 1340e9, "money", "đồng", status="estimate", period=M11,
        change=chg("increase", 9.2, "%", "cùng kỳ"), subject="giá trị sản xuất nhóm ngành chăn ga gối, nệm"),
    fig("thành lập mới 6 cụm", "6", 6, "count", "cụm công nghiệp", status="forecast", period=TO25,
        subject="cụm công nghiệp thành lập mới"),
]

NOTES = [
    "Party newspaper (Báo Nam Định): masthead, section, byline 'THANH HƯƠNG' and bare date '25/12/2023' at the end.",
    "The plant passage (two paragraphs) is placed in huyện Xuân Trường; the province part (Sở Công Thương Nam Định) is Nam Định.",
    "'ước sản xuất ..., doanh thu khoảng 186 tỷ ...; trong đó ... 134 tỷ' continue the estimate clause: all three estimate;",
    "134 tỷ is a part of 186 tỷ after 'trong đó' (total). 'một phân xưởng' is a number word (1). 'đơn hàng đã ký đến hết tháng 6/2024' is a date.",
    "The sentence after 'Năm 2023' (phân xưởng, máy may, lao động, thu nhập) inherits the year. Thưởng Tết 'dự kiến' -> forecast, no period.",
    "'Dự kiến đến năm 2025 ... 6 cụm' -> forecast with an as-of end. Distractors: 'tháng 6/2024', the bare date at the end.",
]

if __name__ == "__main__":
    write("p1151-5", TEXT, NOTES, FIGS, published="2023-12-25", location="Nam Định")
