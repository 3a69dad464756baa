"""p1201-2: district portal (huyện Kiến Thụy, Hải Phòng): foreign-element marriages, births, a commune passage."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIẾN THỤY
Trang chủ / Tin tức - Sự kiện / Cải cách hành chính

Kiến Thụy: Nâng cao chất lượng đăng ký hộ tịch có yếu tố nước ngoài

Thứ Ba, 21/11/2023 - 09:12

Từ đầu năm đến nay, Phòng Tư pháp huyện đã tham mưu UBND huyện đăng ký kết hôn có yếu tố nước ngoài cho 87 cặp, tăng 14,5% so với cùng kỳ năm 2022; trong đó 52 cặp kết hôn với công dân Hàn Quốc, 19 cặp với công dân Đài Loan (Trung Quốc), còn lại 16 cặp với công dân các nước khác. Ngoài ra, huyện đã đăng ký khai sinh có yếu tố nước ngoài cho 23 trẻ em, ghi chú kết hôn 41 trường hợp và ghi chú ly hôn 9 trường hợp.

100% hồ sơ được giải quyết đúng và trước hạn. Trước khi đăng ký kết hôn, cán bộ Phòng Tư pháp trực tiếp phỏng vấn hai bên nam, nữ; năm nay đã phát hiện 3 trường hợp hai bên không hiểu ngôn ngữ chung và một trường hợp kết hôn vì mục đích trục lợi, đã từ chối đăng ký.

Xã Đoàn Xá là địa phương có nhiều phụ nữ kết hôn với người nước ngoài nhất huyện. Theo UBND xã, hiện có khoảng 260 phụ nữ của xã đang sinh sống cùng chồng ở nước ngoài, chủ yếu tại Hàn Quốc. Nhiều gia đình gửi con về quê nhờ ông bà nuôi dưỡng; từ đầu năm, công chức tư pháp - hộ tịch xã đã hướng dẫn 11 gia đình làm thủ tục ghi vào Sổ hộ tịch việc khai sinh của trẻ đã được đăng ký ở nước ngoài.

Huyện miễn lệ phí đăng ký khai sinh có yếu tố nước ngoài cho trẻ em thuộc hộ nghèo, hộ cận nghèo; các trường hợp khác thu 75.000 đồng/việc. Năm 2024, huyện phấn đấu tiếp nhận trực tuyến ít nhất 50% hồ sơ hộ tịch có yếu tố nước ngoài và tổ chức tuyên truyền Luật Hộ tịch tại 18 xã, thị trấn.

Thu Hà (Phòng Tư pháp huyện)
Địa chỉ: Số 1 đường Phạm Văn Đồng, thị trấn Núi Đối, huyện Kiến Thụy
"""

YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-21")
Y23 = P("năm nay", "2023-01-01", "2023-12-31")
YTDX = P("từ đầu năm", "2023-01-01", "2023-11-21")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
KH = "kết hôn có yếu tố nước ngoài"

FIGS = [
    F("cho 87 cặp", "87", 87, "count", "cặp",
      change=C("increase", 14.5, "%", "cùng kỳ năm 2022"),
      subject="đăng ký kết hôn có yếu tố nước ngoài", period=YTD),
    F("52 cặp", "52", 52, "count", "cặp", total=87,
      subject="cặp kết hôn với công dân Hàn Quốc", period=YTD),
    F("19 cặp", "19", 19, "count", "cặp", total=87,
      subject="cặp kết hôn với công dân Đài Loan (Trung Quốc)", period=YTD),
    F("16 cặp", "16", 16, "count", "cặp", total=87,
      subject="cặp kết hôn với công dân các nước khác", period=YTD),
    F("cho 23 trẻ em", "23", 23, "count", "trẻ em",
      subject="đăng ký khai sinh có yếu tố nước ngoài", period=I(YTD)),
    F("ghi chú kết hôn 41", "41", 41, "count", "trường hợp",
      subject="ghi chú kết hôn", period=I(YTD)),
    F("ly hôn 9 trường hợp", "9", 9, "count", "trường hợp",
      subject="ghi chú ly hôn", period=I(YTD)),
    F("100% hồ sơ", "100", 100, "percent", "%",
      subject="hồ sơ được giải quyết đúng và trước hạn", period=I(YTD)),
    F("phát hiện 3 trường hợp", "3", 3, "count", "trường hợp",
      subject="trường hợp hai bên không hiểu ngôn ngữ chung", period=Y23),
    F("và một trường hợp", "một", 1, "count", "trường hợp",
      subject="trường hợp kết hôn vì mục đích trục lợi", period=Y23),
    F("khoảng 260 phụ nữ", "260", 260, "count", "phụ nữ", approx="about",
      subject="phụ nữ của xã đang sinh sống cùng chồng ở nước ngoài"),
    F("hướng dẫn 11 gia đình", "11", 11, "count", "gia đình",
      subject="gia đình được hướng dẫn ghi vào Sổ hộ tịch việc khai sinh của trẻ đã được đăng ký ở nước ngoài",
      period=YTDX),
    F("thu 75.000 đồng/việc", "75.000", 75000, "money", "đồng/việc",
      subject="lệ phí đăng ký khai sinh có yếu tố nước ngoài"),
    F("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
      subject="hồ sơ hộ tịch có yếu tố nước ngoài tiếp nhận trực tuyến", period=Y24),
    F("tại 18 xã", "18", 18, "count", "xã, thị trấn", status="target",
      subject="xã, thị trấn tổ chức tuyên truyền Luật Hộ tịch", period=Y24),
]

NOTES = [
    "District portal (huyện Kiến Thụy, Hải Phòng): 'Thứ Ba, 21/11/2023 - 09:12'; byline and address at the end. Default location Kiến Thụy;",
    "the commune passage (xã Đoàn Xá) keeps its district. 'Từ đầu năm đến nay' / 'từ đầu năm' end at the published date; 'năm nay' = 2023.",
    "Parts after 'trong đó' (52+19+16 = 87) take total 87. 'hai bên nam, nữ' and 'hai bên không hiểu' mean 'both parties': not figures.",
    "'một trường hợp' is a number word (1). Distractors: time 09:12, 'Số 1 đường Phạm Văn Đồng', 'Luật Hộ tịch'.",
    "'100% hồ sơ được giải quyết đúng và trước hạn' continues the passage: period inherited. Fee is a standing rule: no period.",
]

if __name__ == "__main__":
    write("p1201-2", TEXT, NOTES, FIGS, published="2023-11-21", location="Kiến Thụy")
