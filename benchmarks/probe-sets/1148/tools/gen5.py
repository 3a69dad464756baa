"""p1148-5: Party newspaper (Báo Bình Dương): a hazardous waste treatment company in huyện Bắc Tân Uyên; byline + bare date."""
from lib import F, P, I, C, T, write

TEXT = """Xử lý chất thải nguy hại: Doanh nghiệp đầu tư công nghệ, giảm chôn lấp

Tại xã Tân Mỹ, huyện Bắc Tân Uyên, khu xử lý rộng 12 ha của Công ty CP Môi trường Xanh Sông Bé mỗi ngày tiếp nhận khoảng 180 tấn chất thải công nghiệp, trong đó 65 tấn là chất thải nguy hại. Năm 2023, công ty xử lý tổng cộng 58.200 tấn chất thải, doanh thu đạt 412 tỷ đồng, tăng 11% so với năm trước.

Ông Lê Văn Thành, Giám đốc công ty cho biết, đơn vị vừa đưa vào vận hành dây chuyền tái chế dung môi thải công suất 20 m3/ngày và lò đốt thứ 3 công suất 2.000 kg/giờ, tổng vốn đầu tư gần 95 tỷ đồng. Nhờ đó, tỷ lệ chất thải phải chôn lấp giảm từ 30% xuống còn 12%. Công ty hiện có 240 lao động, thu nhập bình quân 11,5 triệu đồng/người/tháng.

Theo Sở Tài nguyên và Môi trường, năm 2023 toàn tỉnh Bình Dương phát sinh khoảng 96.500 tấn chất thải nguy hại công nghiệp; 12 doanh nghiệp được cấp phép xử lý trên địa bàn đã tiếp nhận, xử lý khoảng 88% lượng này, phần còn lại chuyển giao cho các đơn vị ngoài tỉnh. Cũng trong năm, Sở đã kiểm tra 140 cơ sở, xử phạt 27 trường hợp vi phạm với số tiền 3,4 tỷ đồng; hai trường hợp bị chuyển cơ quan công an điều tra hành vi chôn lấp trái phép.

Năm 2024, công ty phấn đấu nâng công suất tiếp nhận lên 250 tấn/ngày và giảm tỷ lệ chôn lấp xuống dưới 10%.

MINH HẰNG
21/5/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23p = P("năm 2023", "2023-01-01", "2023-12-31")
IN_YEAR = P("Cũng trong năm", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
BTU = "Bắc Tân Uyên"
CO = "Công ty CP Môi trường Xanh Sông Bé"

FIGS = [
    F("rộng 12 ha", "12", 12, "measure", "ha", subject=f"diện tích khu xử lý của {CO}", location=BTU),
    F("khoảng 180 tấn", "180", 180, "measure", "tấn/ngày", approx="about",
      subject="chất thải công nghiệp tiếp nhận mỗi ngày", location=BTU),
    F("trong đó 65 tấn", "65", 65, "measure", "tấn/ngày", total=180,
      subject="chất thải nguy hại tiếp nhận mỗi ngày", location=BTU),
    F("tổng cộng 58.200 tấn", "58.200", 58200, "measure", "tấn",
      subject="chất thải công ty xử lý", period=Y23, location=BTU),
    F("đạt 412 tỷ", "412", 412000000000, "money", "đồng",
      change=C("increase", 11, "%", "năm trước"), subject="doanh thu của công ty", period=Y23, location=BTU),
    F("20 m3/ngày", "20", 20, "measure", "m3/ngày",
      subject="công suất dây chuyền tái chế dung môi thải", location=BTU),
    F("2.000 kg/giờ", "2.000", 2000, "measure", "kg/giờ", subject="công suất lò đốt thứ 3", location=BTU),
    F("gần 95 tỷ", "95", 95000000000, "money", "đồng", approx="nearly",
      subject="tổng vốn đầu tư dây chuyền tái chế dung môi và lò đốt", location=BTU),
    F("từ 30%", "30", 30, "percent", "%", optional=True,
      subject="tỷ lệ chất thải phải chôn lấp trước đây", location=BTU),
    F("còn 12%", "12", 12, "percent", "%", subject="tỷ lệ chất thải phải chôn lấp", location=BTU),
    F("có 240 lao động", "240", 240, "count", "lao động", subject="lao động của công ty", location=BTU),
    F("11,5 triệu", "11,5", 11500000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động của công ty", location=BTU),
    F("khoảng 96.500 tấn", "96.500", 96500, "measure", "tấn", approx="about",
      subject="chất thải nguy hại công nghiệp phát sinh", period=Y23p),
    F("; 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp",
      subject="doanh nghiệp được cấp phép xử lý chất thải nguy hại trên địa bàn", period=Y23p),
    F("khoảng 88%", "88", 88, "percent", "%", approx="about",
      subject="tỷ lệ chất thải nguy hại công nghiệp được các doanh nghiệp trên địa bàn tiếp nhận, xử lý", period=Y23p),
    F("kiểm tra 140 cơ sở", "140", 140, "count", "cơ sở", subject="cơ sở được Sở kiểm tra", period=IN_YEAR),
    F("xử phạt 27 trường hợp", "27", 27, "count", "trường hợp", subject="trường hợp vi phạm bị xử phạt",
      period=IN_YEAR),
    F("tiền 3,4 tỷ", "3,4", 3400000000, "money", "đồng", subject="số tiền xử phạt", period=IN_YEAR),
    F("; hai trường hợp", "hai", 2, "count", "trường hợp",
      subject="trường hợp bị chuyển cơ quan công an điều tra hành vi chôn lấp trái phép", period=IN_YEAR),
    F("lên 250 tấn/ngày", "250", 250, "measure", "tấn/ngày", status="target",
      subject="công suất tiếp nhận của công ty", period=Y24, location=BTU),
    F("dưới 10%", "10", 10, "percent", "%", approx="under", status="target",
      subject="tỷ lệ chôn lấp", period=Y24, location=BTU),
]

NOTES = [
    "Party newspaper (Báo Bình Dương) feature; byline 'MINH HẰNG' and bare date '21/5/2024' at the end (published).",
    "Company passage in xã Tân Mỹ, huyện Bắc Tân Uyên: its figures (also the later sentences and the 2024 target) get Bắc Tân Uyên.",
    "'mỗi ngày tiếp nhận khoảng 180 tấn ..., trong đó 65 tấn' → tấn/ngày, 65 part of 180. 'tăng 11% so với năm trước' is the change of revenue.",
    "'giảm từ 30% xuống còn 12%': 12% is the claim; 30% (the old level) optional. 'lò đốt thứ 3' is an ordinal (distractor).",
    "Provincial paragraph: location Bình Dương; '27 trường hợp' and 'hai trường hợp' are not tied by a part cue: no total.",
    "12 doanh nghiệp stands in the sentence with 'năm 2023' → scored period.",
]

if __name__ == "__main__":
    write("p1148-5", TEXT, NOTES, FIGS, published="2024-05-21", location="Bình Dương")
