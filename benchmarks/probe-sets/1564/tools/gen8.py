"""p1564-8: radio/TV site (THP Hải Phòng), quận Lê Chân police give anti-theft locks; burglary figures; a lock maker in An Dương."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """THP - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI PHÒNG
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Lê Chân tặng 2.000 khóa chống trộm cho hộ dân

Đăng lúc: 09:45 - 26/06/2024 | 1.240 lượt xem

THP - Hưởng ứng phong trào Toàn dân bảo vệ an ninh Tổ quốc, Công an quận Lê Chân phối hợp với Công ty cổ phần Khóa Thành An tổ chức chương trình "Khóa an toàn - Nhà bình yên", trao tặng 2.000 bộ khóa chống cắt cho các hộ dân tại 15 phường trên địa bàn.

Mỗi bộ gồm ổ khóa treo thân thép đặc và khóa cửa phụ, trị giá khoảng 450.000 đồng; tổng kinh phí 900 triệu đồng do doanh nghiệp và các nhà hảo tâm đóng góp.

Theo Công an quận, 5 tháng đầu năm 2024, trên địa bàn xảy ra 38 vụ trộm cắp tài sản, giảm 11 vụ so với cùng kỳ năm 2023; trong đó 21 vụ đột nhập nhà dân, chủ yếu do cửa chỉ dùng khóa bấm rẻ tiền hoặc quên khóa. Lực lượng công an đã điều tra làm rõ 31 vụ, đạt 81,6%, bắt giữ 36 đối tượng.

Năm 2024, Công an quận phấn đấu giảm ít nhất 15% số vụ trộm cắp so với năm 2023, vận động 100% hộ kinh doanh lắp camera và khóa chống trộm. Đợt 2 của chương trình dự kiến trao thêm khoảng 1.000 bộ khóa vào tháng 9.

Ông Vũ Thành An, Giám đốc Công ty cổ phần Khóa Thành An, cho biết nhà máy của công ty tại huyện An Dương mỗi năm sản xuất khoảng 3 triệu ổ khóa các loại, trong đó 60% xuất khẩu sang châu Âu.

Tin liên quan:
- Hải Phòng ra quân cao điểm tấn công, trấn áp tội phạm
- Công an quận Lê Chân đón nhận Cờ thi đua của Bộ Công an
"""

M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T9 = per("tháng 9", "2024-09-01", "2024-09-30")
AD = "An Dương"

FIGS = [
    fig("tặng 2.000 khóa", "2.000", 2000, "count", "khóa chống trộm",
        subject="khóa chống trộm tặng hộ dân"),
    fig("tặng 2.000 bộ", "2.000", 2000, "count", "bộ khóa chống cắt",
        subject="bộ khóa chống cắt trao tặng cho các hộ dân"),
    fig("tại 15 phường", "15", 15, "count", "phường",
        subject="phường có hộ dân được trao tặng khóa"),
    fig("khoảng 450.000 đồng", "450.000", 450000, "money", "đồng/bộ", approx="about",
        subject="trị giá mỗi bộ khóa"),
    fig("phí 900 triệu", "900", 900e6, "money", "đồng",
        subject="tổng kinh phí chương trình"),
    fig("ra 38 vụ", "38", 38, "count", "vụ", change=chg("decrease", 11, "vụ", "cùng kỳ năm 2023"),
        subject="vụ trộm cắp tài sản", period=M5),
    fig("trong đó 21 vụ", "21", 21, "count", "vụ", total=38,
        subject="vụ đột nhập nhà dân", period=M5),
    fig("làm rõ 31 vụ", "31", 31, "count", "vụ", percent=81.6,
        subject="vụ điều tra làm rõ", period=inh(M5)),
    fig("bắt giữ 36", "36", 36, "count", "đối tượng",
        subject="đối tượng bị bắt giữ", period=inh(M5)),
    fig("ít nhất 15%", "15", 15, "percent", "%", approx="at_least", status="target",
        subject="giảm số vụ trộm cắp so với năm 2023", period=Y24),
    fig("động 100%", "100", 100, "percent", "%", status="target",
        subject="hộ kinh doanh lắp camera và khóa chống trộm", period=Y24),
    fig("khoảng 1.000 bộ", "1.000", 1000, "count", "bộ khóa", approx="about", status="forecast",
        subject="bộ khóa trao thêm trong đợt 2", period=T9),
    fig("khoảng 3 triệu", "3", 3e6, "measure", "ổ khóa/năm", approx="about",
        subject="ổ khóa nhà máy sản xuất mỗi năm", location=AD),
    fig("trong đó 60%", "60", 60, "percent", "%",
        subject="tỷ trọng ổ khóa xuất khẩu sang châu Âu", location=AD),
]

NOTES = [
    "Radio/TV site (THP Hải Phòng): menu, 'Đăng lúc: 09:45 - 26/06/2024 | 1.240 lượt xem', tag 'THP -', related links.",
    "Distractors: 09:45, '1.240 lượt xem' (page counter), 'Đợt 2' (a name), 'Cờ thi đua', slogans without numbers.",
    "Default location quận Lê Chân (the police figures, the gift); the company's factory in huyện An Dương: location An Dương.",
    "Headline '2.000 khóa' and body '2.000 bộ khóa' are two mentions, both figures. 'Mỗi bộ ... trị giá khoảng 450.000 đồng' → đồng/bộ.",
    "'giảm 11 vụ so với cùng kỳ năm 2023' is the change of 38 vụ (unit vụ). '; trong đó 21 vụ' is part of the 38 (total).",
    "'làm rõ 31 vụ, đạt 81,6%' → percent 81,6 (no part-of cue, so no total); that sentence inherits '5 tháng đầu năm 2024'.",
    "'phấn đấu giảm ít nhất 15% số vụ trộm cắp' is a target reduction rate as the claim: percent figure, at_least, no change.",
    "'Đợt 2 ... dự kiến ... vào tháng 9' → forecast, tháng 9 of 2024. 'mỗi năm sản xuất khoảng 3 triệu ổ khóa' is a yearly rate (measure).",
    "'trong đó 60% xuất khẩu' has no amount of its own: percent figure (not an attribute of 3 triệu).",
]

if __name__ == "__main__":
    write("p1564-8", TEXT, NOTES, FIGS, published="2024-06-26", location="Lê Chân")
