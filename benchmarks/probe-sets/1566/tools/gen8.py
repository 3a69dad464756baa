"""p1566-8: news agency (TTXVN): Đà Nẵng supports fish-cake makers, quarter I/2024 sales, Nam Ô village."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thông tấn xã Việt Nam
Kinh tế | Thứ năm, 28/03/2024 - 16:22

Đà Nẵng hỗ trợ cơ sở chả cá mở rộng thị trường

Đà Nẵng (TTXVN) - Quý I/2024, các cơ sở chế biến chả cá trên địa bàn thành phố Đà Nẵng ước tiêu thụ khoảng 820 tấn sản phẩm, tăng 15% so với cùng kỳ năm trước, trong đó chả cá hấp chiếm 55%.

Theo Sở Công Thương Đà Nẵng, thành phố có hơn 90 cơ sở sản xuất chả cá, tập trung ở quận Thanh Khê và quận Sơn Trà, giải quyết việc làm cho khoảng 1.100 lao động. Riêng làng nghề nước mắm, chả cá Nam Ô (quận Liên Chiểu) có 28 hộ làm chả cá với sản lượng bình quân 2,5 tấn/hộ/tháng.

Năm 2023, thành phố hỗ trợ 12 cơ sở đầu tư máy xay, máy định hình và tủ cấp đông với tổng kinh phí 1,35 tỷ đồng từ nguồn khuyến công; 5 sản phẩm chả cá đạt OCOP 3 sao, nâng tổng số sản phẩm OCOP ngành thủy sản của thành phố lên 19 sản phẩm.

Giá chả cá tại chợ Hàn, chợ Cồn hiện từ 160.000 đến 280.000 đồng/kg tùy loại.

Ông Nguyễn Văn Hòa, Phó Giám đốc Sở Công Thương cho biết, năm 2024 thành phố dự kiến dành 2 tỷ đồng hỗ trợ các cơ sở chả cá; phấn đấu đến năm 2025 có ít nhất 30% cơ sở đạt chứng nhận HACCP hoặc ISO 22000, đưa Đà Nẵng vào nhóm 5 địa phương dẫn đầu cả nước về sản phẩm chả cá OCOP.

Văn Dũng (TTXVN)

Từ khóa: chả cá, OCOP, làng nghề Nam Ô, Đà Nẵng
Tin liên quan:
- Đà Nẵng: Lễ hội Cầu ngư làng Nam Ô năm 2024
- Xuất khẩu thủy sản quý I tăng trưởng khả quan
"""

Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
LC = "Liên Chiểu"

FIGS = [
    fig("khoảng 820 tấn", "820", 820, "measure", "tấn", approx="about", status="estimate",
        change=chg("increase", 15, "%", "cùng kỳ năm trước"),
        subject="sản phẩm các cơ sở chế biến chả cá tiêu thụ", period=Q1),
    fig("chiếm 55%", "55", 55, "percent", "%", status="estimate",
        subject="tỷ trọng chả cá hấp trong sản phẩm tiêu thụ", period=Q1),
    fig("hơn 90 cơ sở", "90", 90, "count", "cơ sở", approx="over", subject="cơ sở sản xuất chả cá"),
    fig("khoảng 1.100 lao động", "1.100", 1100, "count", "lao động", approx="about",
        subject="lao động các cơ sở sản xuất chả cá giải quyết việc làm"),
    fig("có 28 hộ", "28", 28, "count", "hộ", subject="hộ làm chả cá ở làng nghề Nam Ô", location=LC),
    fig("2,5 tấn/hộ/tháng", "2,5", 2.5, "measure", "tấn/hộ/tháng",
        subject="sản lượng bình quân của hộ làm chả cá", location=LC),
    fig("hỗ trợ 12 cơ sở", "12", 12, "count", "cơ sở", subject="cơ sở được hỗ trợ đầu tư máy xay, máy định hình và tủ cấp đông",
        period=Y23),
    fig("kinh phí 1,35 tỷ", "1,35", 1.35e9, "money", "đồng", subject="tổng kinh phí hỗ trợ từ nguồn khuyến công",
        period=Y23),
    fig("5 sản phẩm chả cá", "5", 5, "count", "sản phẩm", subject="sản phẩm chả cá đạt OCOP 3 sao", period=Y23),
    fig("lên 19 sản phẩm", "19", 19, "count", "sản phẩm",
        subject="tổng số sản phẩm OCOP ngành thủy sản của thành phố", period=Y23),
    fig("từ 160.000 đến 280.000", "160.000", 160000, "money", "đồng/kg", value_max=280000,
        subject="giá chả cá tại chợ Hàn, chợ Cồn"),
    fig("dành 2 tỷ", "2", 2e9, "money", "đồng", status="forecast", subject="kinh phí hỗ trợ các cơ sở chả cá",
        period=Y24),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="cơ sở đạt chứng nhận HACCP hoặc ISO 22000", period=T25),
    fig("nhóm 5 địa phương", "5", 5, "count", "địa phương", status="target",
        subject="nhóm địa phương dẫn đầu cả nước về sản phẩm chả cá OCOP", period=T25, optional=True),
]

NOTES = [
    "News agency (TTXVN): 'Kinh tế | Thứ năm, 28/03/2024 - 16:22', place tag 'Đà Nẵng (TTXVN) -', byline, keywords, related links.",
    "Distractors: 16:22, 'OCOP 3 sao', 'ISO 22000', 'năm 2024' and 'quý I' in link titles.",
    "'ước tiêu thụ khoảng 820 tấn' → estimate and about; 'trong đó chả cá hấp chiếm 55%' continues that clause → its own",
    "percent figure, estimate. 'cùng kỳ năm trước' is a baseline.",
    "Counts 'hơn 90 cơ sở ... quận Thanh Khê và quận Sơn Trà' stay Đà Nẵng (the districts only say where they cluster).",
    "'Riêng làng nghề ... Nam Ô (quận Liên Chiểu) có 28 hộ' → Liên Chiểu; '2,5 tấn/hộ/tháng' is a rate (measure).",
    "'nâng tổng số ... lên 19 sản phẩm' is its own count (the new total stock), not a total attribute of 5.",
    "'năm 2024 ... dự kiến dành 2 tỷ đồng' → forecast; after ';' 'phấn đấu đến năm 2025 ... ít nhất 30%' → target.",
    "'nhóm 5 địa phương dẫn đầu' names a top-5 group (like 'top 10' in the shared gold): optional.",
]

if __name__ == "__main__":
    write("p1566-8", TEXT, NOTES, FIGS, published="2024-03-28", location="Đà Nẵng")
