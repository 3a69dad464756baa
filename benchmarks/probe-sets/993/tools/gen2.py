"""p993-2: district portal (quận Liên Chiểu, Đà Nẵng), a week of capturing stray dogs, May 2023."""
from lib import fig, period, write_set

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN LIÊN CHIỂU - THÀNH PHỐ ĐÀ NẴNG
Tin hoạt động | 22/05/2023 10:12

Liên Chiểu: hơn 60 con chó thả rông bị bắt giữ sau đợt ra quân

Sáng 20/5, UBND quận Liên Chiểu tổ chức ra quân đợt 2 năm 2023 kiểm tra, xử lý chó, mèo thả rông tại các tuyến đường Nguyễn Lương Bằng, Âu Cơ và khu dân cư dọc Quốc lộ 1A. Tổ kiểm tra liên ngành của quận gồm 14 thành viên, chia thành 3 nhóm tuần tra.

Từ ngày 15/5 đến 21/5, Tổ đã bắt giữ 64 con chó thả rông, trong đó 41 con không đeo rọ mõm và 9 con chưa tiêm phòng dại. Có 37 con đã được chủ nuôi đến nhận lại sau khi nộp phí lưu giữ 150.000 đồng/con/ngày; số còn lại được chuyển về Trạm Chăn nuôi và Thú y quận để xử lý theo quy định. Qua đợt ra quân, quận đã lập biên bản, xử phạt 23 chủ nuôi với tổng số tiền 27,6 triệu đồng theo Nghị định số 04/2020/NĐ-CP (mức phạt từ 800.000 đồng đến 1.000.000 đồng đối với hành vi để chó ra nơi công cộng không đeo rọ mõm, không có người dắt).

Theo số liệu của UBND các phường, tính đến ngày 30/4/2023 toàn quận có 6.812 hộ nuôi 9.436 con chó và 2.105 con mèo; tỷ lệ chó, mèo được tiêm phòng dại mới đạt 61,7%. Phường Hòa Minh có số chó nuôi nhiều nhất (2.940 con), tiếp đến là phường Hòa Khánh Bắc (2.318 con).

Ông Lê Văn Tám, Phó Chủ tịch UBND quận cho biết, năm 2023 quận phấn đấu 100% hộ nuôi chó, mèo được đăng ký và tỷ lệ tiêm phòng đạt trên 75%. Dự kiến trong tháng 6, quận sẽ tiêm phòng miễn phí khoảng 3.000 liều vắc xin dại tại 45 tổ dân phố.

Minh Châu - Phòng Kinh tế quận
"""

WEEK = period("Từ ngày 15/5 đến 21/5", "2023-05-15", "2023-05-21")
WEEK_INH = period("Từ ngày 15/5 đến 21/5", "2023-05-15", "2023-05-21", inherited=True)
ASOF = period("tính đến ngày 30/4/2023", None, "2023-04-30")
Y2023 = period("năm 2023", "2023-01-01", "2023-12-31")
JUNE = period("trong tháng 6", "2023-06-01", "2023-06-30")

FIGS = [
    fig("hơn 60 con", "60", 60, "count", "con", "chó thả rông bị bắt giữ sau đợt ra quân", approx="over"),
    fig("gồm 14 thành viên", "14", 14, "count", "thành viên", "thành viên Tổ kiểm tra liên ngành của quận"),
    fig("chia thành 3 nhóm", "3", 3, "count", "nhóm", "nhóm tuần tra"),
    fig("bắt giữ 64 con", "64", 64, "count", "con", "chó thả rông bị bắt giữ", period=WEEK),
    fig("trong đó 41 con", "41", 41, "count", "con", "chó không đeo rọ mõm", total=64, period=WEEK),
    fig("và 9 con", "9", 9, "count", "con", "chó chưa tiêm phòng dại", total=64, period=WEEK),
    fig("Có 37 con", "37", 37, "count", "con", "chó được chủ nuôi đến nhận lại", period=WEEK_INH),
    fig("150.000 đồng/con/ngày", "150.000", 150000, "money", "đồng/con/ngày", "phí lưu giữ chó"),
    fig("xử phạt 23 chủ nuôi", "23", 23, "count", "chủ nuôi", "chủ nuôi bị xử phạt", period=WEEK_INH),
    fig("27,6 triệu đồng", "27,6", 27.6e6, "money", "đồng", "tiền xử phạt", period=WEEK_INH),
    fig("từ 800.000 đồng đến 1.000.000 đồng", "800.000", 800000, "money", "đồng",
        "mức phạt đối với hành vi để chó ra nơi công cộng không đeo rọ mõm, không có người dắt",
        value_max=1000000),
    fig("có 6.812 hộ", "6.812", 6812, "count", "hộ", "hộ nuôi chó, mèo", period=ASOF),
    fig("9.436 con chó", "9.436", 9436, "count", "con", "chó nuôi", period=ASOF),
    fig("2.105 con mèo", "2.105", 2105, "count", "con", "mèo nuôi", period=ASOF),
    fig("mới đạt 61,7%", "61,7", 61.7, "percent", "%", "tỷ lệ chó, mèo được tiêm phòng dại", period=ASOF),
    fig("nhiều nhất (2.940 con)", "2.940", 2940, "count", "con", "chó nuôi tại phường Hòa Minh",
        period=period("tính đến ngày 30/4/2023", None, "2023-04-30", inherited=True)),
    fig("Hòa Khánh Bắc (2.318 con)", "2.318", 2318, "count", "con", "chó nuôi tại phường Hòa Khánh Bắc",
        period=period("tính đến ngày 30/4/2023", None, "2023-04-30", inherited=True)),
    fig("phấn đấu 100%", "100", 100, "percent", "%", "hộ nuôi chó, mèo được đăng ký",
        status="target", period=Y2023),
    fig("trên 75%", "75", 75, "percent", "%", "tỷ lệ tiêm phòng", approx="over",
        status="target", period=Y2023),
    fig("khoảng 3.000 liều", "3.000", 3000, "count", "liều", "vắc xin dại tiêm phòng miễn phí",
        approx="about", status="forecast", period=JUNE),
    fig("tại 45 tổ dân phố", "45", 45, "count", "tổ dân phố", "tổ dân phố được tiêm phòng miễn phí",
        status="forecast", period=JUNE),
]

NOTES = [
    "Cổng TTĐT quận Liên Chiểu (Đà Nẵng): đợt ra quân bắt chó thả rông 15-21/5/2023, xử phạt, số hộ/chó/mèo nuôi, mục tiêu năm 2023.",
    "Not figures: 'đợt 2 năm 2023', 'Sáng 20/5', 'Quốc lộ 1A', Nghị định số 04/2020/NĐ-CP, the name 'Lê Văn Tám', '10:12'.",
    "Wards are not a location level of FIGURES.md (province, city, district): ward figures keep the district and name the ward in the subject.",
    "41 and 9 follow 'trong đó' after 64 (overlapping parts, total 64); 'Có 37 con' has no part-of cue, so no total.",
    "The fine range is the legal level (a stated amount): required, no period.",
]

if __name__ == "__main__":
    write_set("p993-2", TEXT, FIGS, NOTES, published="2023-05-22", location="Liên Chiểu")
