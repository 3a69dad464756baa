"""p917-6: national newspaper, Trại giam Phú Sơn 4 (Thái Nguyên) conditional release round; national H1/2024 figure."""
from lib import F, P, I, C, write

TEXT = """Thời sự › Pháp luật
Thứ ba, 27/8/2024, 07:30 (GMT+7)
64 phạm nhân Trại giam Phú Sơn 4 được tha tù trước thời hạn

Thái Nguyên - Sáng 26/8, Trại giam Phú Sơn 4 (Bộ Công an) công bố quyết định của Tòa án nhân dân tỉnh về việc tha tù trước thời hạn có điều kiện cho 64 phạm nhân, trong đó có 9 phạm nhân nữ và 3 phạm nhân là người nước ngoài.

Đây là đợt thứ 2 trong năm đơn vị tổ chức xét tha tù trước thời hạn; đợt trước, vào tháng 3, có 51 phạm nhân được tha. Như vậy, từ đầu năm đến nay, trại giam đã có 115 phạm nhân được tha tù trước thời hạn có điều kiện, tăng 35 người so với cả năm 2023.

Theo Thượng tá Hoàng Văn Tư, Phó Giám thị, trại giam hiện giam giữ, giáo dục khoảng 2.800 phạm nhân, trong đó hơn 60% phạm tội về ma túy. Những người được tha đợt này có thời gian thử thách bình quân khoảng 22 tháng; 96% đã hoàn thành nghĩa vụ bồi thường, nộp án phí với tổng số tiền hơn 1,2 tỷ đồng.

Theo Điều 66 Bộ luật Hình sự 2015, phạm nhân được xét tha tù trước thời hạn phải có ít nhất 2 lần được xếp loại chấp hành án phạt tù từ khá trở lên và đã chấp hành được ít nhất một nửa mức phạt tù có thời hạn.

Theo Bộ Công an, 6 tháng đầu năm 2024, cả nước có 3.964 phạm nhân được tha tù trước thời hạn có điều kiện, tăng 7,5% so với cùng kỳ năm 2023. Tỷ lệ người được tha vi phạm nghĩa vụ trong thời gian thử thách dưới 1%.

Chuyên gia cho rằng chính sách này tạo động lực để phạm nhân cải tạo tốt, đồng thời giảm áp lực cho các trại giam vốn đang quá tải.

Hoàng Anh
"""

MAR = P("vào tháng 3", "2024-03-01", "2024-03-31")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-08-27")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
VN = "Việt Nam"

FIGS = [
    F("64 phạm nhân Trại giam", "64", 64, "count", "phạm nhân", "phạm nhân được tha tù trước thời hạn"),
    F("cho 64 phạm nhân", "64", 64, "count", "phạm nhân", "phạm nhân được tha tù trước thời hạn có điều kiện"),
    F("có 9 phạm nhân nữ", "9", 9, "count", "phạm nhân", "phạm nhân nữ", total=64),
    F("3 phạm nhân là", "3", 3, "count", "phạm nhân", "phạm nhân là người nước ngoài", total=64),
    F("có 51 phạm nhân", "51", 51, "count", "phạm nhân", "phạm nhân được tha đợt trước", MAR),
    F("có 115 phạm nhân", "115", 115, "count", "phạm nhân", "phạm nhân được tha tù trước thời hạn có điều kiện", YTD,
      change=C("increase", 35, "người", "cả năm 2023")),
    F("khoảng 2.800 phạm nhân", "2.800", 2800, "count", "phạm nhân", "phạm nhân trại giam đang giam giữ, giáo dục",
      approx="about"),
    F("hơn 60%", "60", 60, "percent", "%", "phạm nhân phạm tội về ma túy", approx="over"),
    F("khoảng 22 tháng", "22", 22, "measure", "tháng", "thời gian thử thách bình quân", approx="about"),
    F("96% đã", "96", 96, "percent", "%", "người được tha đã hoàn thành nghĩa vụ bồi thường, nộp án phí"),
    F("hơn 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tổng số tiền bồi thường, án phí", approx="over"),
    F("ít nhất 2 lần", "2", 2, "count", "lần", "lần được xếp loại chấp hành án từ khá trở lên", approx="at_least", optional=True),
    F("có 3.964 phạm nhân", "3.964", 3964, "count", "phạm nhân",
      "phạm nhân được tha tù trước thời hạn có điều kiện", H1, location=VN,
      change=C("increase", 7.5, "%", "cùng kỳ năm 2023")),
    F("dưới 1%", "1", 1, "percent", "%", "tỷ lệ người được tha vi phạm nghĩa vụ trong thời gian thử thách", I(H1),
      approx="under", location=VN),
]

NOTES = [
    "National newspaper page (Thứ ba, 27/8/2024, 07:30 (GMT+7)), byline at the end; the prison lies in Thái Nguyên.",
    "Headline 64 and body 64 are both figures. 'vào tháng 3' takes 2024 from the dateline; 'từ đầu năm đến nay' ends at 2024-08-27.",
    "'tăng 35 người so với cả năm 2023' is a change in người. 'hơn 60%' is a share of a whole stated as a percent (no total).",
    "The legal condition 'ít nhất 2 lần được xếp loại' is a category threshold (optional); 'một nửa' is not recorded.",
    "National H1/2024 count and the <1% violation rate are Việt Nam. Distractors: Phú Sơn 4 (name), đợt thứ 2, Điều 66, Bộ luật Hình sự 2015, Hoàng Văn Tư.",
]

if __name__ == "__main__":
    write("p917-6", TEXT, NOTES, FIGS, published="2024-08-27", location="Thái Nguyên")
