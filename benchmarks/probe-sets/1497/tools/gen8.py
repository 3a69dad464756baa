"""p1497-8: radio/TV site (Đài PT-TH Bắc Ninh): fire at a warehouse of lighters and mini gas cans in TP Từ Sơn."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BẮC NINH TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BẮC NINH
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Cháy kho chứa bật lửa, gas mini tại Từ Sơn

Thứ Bảy, 16/11/2024 - 21:15

BTV - Khoảng 14 giờ 30 phút chiều nay, một kho chứa bật lửa và bình gas mini rộng khoảng 1.200 m2 tại phường Đồng Nguyên, TP Từ Sơn bất ngờ bốc cháy, kèm nhiều tiếng nổ lớn.

Nhận tin báo, Phòng Cảnh sát PCCC và CNCH Công an tỉnh đã điều động 8 xe chữa cháy cùng hơn 60 cán bộ, chiến sĩ đến hiện trường. Sau gần 3 giờ, đám cháy cơ bản được khống chế, không để lan sang 12 nhà dân liền kề. Vụ cháy không gây thiệt hại về người.

Theo chủ kho, trong kho có khoảng 45.000 chiếc bật lửa và 2.000 bình gas mini; thiệt hại ban đầu ước tính khoảng 3,5 tỷ đồng. Nguyên nhân vụ cháy đang được cơ quan chức năng điều tra làm rõ.

Theo Công an tỉnh, từ đầu năm đến nay, trên địa bàn tỉnh Bắc Ninh xảy ra 68 vụ cháy, giảm 9 vụ so với cùng kỳ năm 2023, thiệt hại ước tính 21,4 tỷ đồng; trong đó có 7 vụ cháy kho hàng hóa dễ cháy nổ. Qua kiểm tra 1.350 cơ sở, lực lượng chức năng phát hiện 214 cơ sở chưa bảo đảm an toàn PCCC, chiếm 15,9%.

Dịp cuối năm, nhu cầu tích trữ hàng hóa tăng cao. Công an tỉnh đề nghị các chủ kho trang bị bình chữa cháy với định mức ít nhất 1 bình/50 m2 và không lưu trữ gas, bật lửa trong khu dân cư. Người dân phát hiện cháy gọi ngay 114.

Lượt xem: 3.052

Xem thêm:
- Diễn tập PCCC tại Khu công nghiệp VSIP Bắc Ninh
- Từ Sơn ra quân kiểm tra cơ sở kinh doanh gas
"""

YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-11-16")
TS = "Từ Sơn"

FIGS = [
    fig("nay, một kho", "một", 1, "count", "kho",
        subject="kho chứa bật lửa và bình gas mini bốc cháy", location=TS, optional=True),
    fig("khoảng 1.200 m2", "1.200", 1200, "measure", "m2", approx="about",
        subject="diện tích kho chứa bật lửa và bình gas mini", location=TS),
    fig("động 8 xe", "8", 8, "count", "xe",
        subject="xe chữa cháy điều động", location=TS),
    fig("hơn 60 cán bộ", "60", 60, "count", "cán bộ, chiến sĩ", approx="over",
        subject="cán bộ, chiến sĩ điều động đến hiện trường", location=TS),
    fig("gần 3 giờ", "3", 3, "measure", "giờ", approx="nearly",
        subject="thời gian khống chế đám cháy", location=TS),
    fig("sang 12 nhà", "12", 12, "count", "nhà dân",
        subject="nhà dân liền kề", location=TS),
    fig("khoảng 45.000 chiếc", "45.000", 45000, "count", "chiếc", approx="about",
        subject="bật lửa trong kho", location=TS),
    fig("và 2.000 bình", "2.000", 2000, "count", "bình",
        subject="bình gas mini trong kho", location=TS),
    fig("khoảng 3,5 tỷ", "3,5", 3.5e9, "money", "đồng", approx="about", status="estimate",
        subject="thiệt hại ban đầu", location=TS),
    fig("xảy ra 68 vụ", "68", 68, "count", "vụ",
        change=chg("decrease", 9, "vụ", "cùng kỳ năm 2023"),
        subject="vụ cháy", period=YTD),
    fig("ước tính 21,4 tỷ", "21,4", 21.4e9, "money", "đồng", status="estimate",
        subject="thiệt hại do cháy", period=YTD),
    fig("có 7 vụ", "7", 7, "count", "vụ", total=68,
        subject="vụ cháy kho hàng hóa dễ cháy nổ", period=YTD),
    fig("kiểm tra 1.350 cơ sở", "1.350", 1350, "count", "cơ sở",
        subject="cơ sở được kiểm tra", period=inh(YTD)),
    fig("phát hiện 214 cơ sở", "214", 214, "count", "cơ sở", percent=15.9,
        subject="cơ sở chưa bảo đảm an toàn PCCC", period=inh(YTD)),
    fig("ít nhất 1 bình", "1", 1, "measure", "bình/50 m2", approx="at_least",
        subject="định mức bình chữa cháy trong kho"),
]

NOTES = [
    "Radio/TV site (Bắc Ninh TV): banner, menu, 'Thứ Bảy, 16/11/2024 - 21:15', tag 'BTV -', 'Lượt xem: 3.052', 'Xem thêm' links.",
    "Distractors: 'Khoảng 14 giờ 30 phút' (a time of day, even after 'Khoảng'), 21:15, 'gọi ngay 114', 'Lượt xem: 3.052', 'VSIP Bắc Ninh', '50 m2' (the denominator of a norm).",
    "The fire in phường Đồng Nguyên, TP Từ Sơn: location Từ Sơn for the fire's figures (three paragraphs); province figures Bắc Ninh.",
    "Event figures get no period ('chiều nay' locates the outbreak; the area, trucks, duration are of the event, not of a period).",
    "'Sau gần 3 giờ' is the duration of the fire fighting, a measure in giờ (nearly).",
    "'từ đầu năm đến nay' ends at the dateline 2024-11-16. '68 vụ cháy, giảm 9 vụ so với cùng kỳ năm 2023' change -9 vụ; '; trong đó có 7 vụ' total 68.",
    "'Qua kiểm tra 1.350 cơ sở, ... phát hiện 214 cơ sở ..., chiếm 15,9%': percent attribute 15,9; no total cue (kiểm tra ... phát hiện), so no total.",
    "revised after the first run: 'một kho chứa bật lửa ... bốc cháy' added as optional: 'một' is a number word (FIGURES.md §2) but here an indefinite article.",
    "'định mức ít nhất 1 bình/50 m2': a norm stated as a rate: measure, value 1, unit 'bình/50 m2', at_least (borderline: a norm, status left actual).",
]

if __name__ == "__main__":
    write("p1497-8", TEXT, NOTES, FIGS, published="2024-11-16", location="Bắc Ninh")
