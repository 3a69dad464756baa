"""p1166-4: ministry site (Bộ Nội vụ / Cục Văn thư và Lưu trữ nhà nước), national half-year review 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NỘI VỤ - CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC
Trang chủ » Tin tức - Sự kiện » Hoạt động nghiệp vụ

Sơ kết công tác văn thư, lưu trữ 6 tháng đầu năm 2023

Ngày đăng: 08/08/2023 | Lượt xem: 1.094

Ngày 07/8, tại Hà Nội, Cục Văn thư và Lưu trữ nhà nước tổ chức hội nghị sơ kết công tác văn thư, lưu trữ 6 tháng đầu năm 2023 với sự tham dự của đại diện Sở Nội vụ 63 tỉnh, thành phố.

Theo báo cáo, tính đến ngày 30/6/2023, Lưu trữ lịch sử cấp tỉnh trên cả nước đang bảo quản khoảng 521.000 mét giá tài liệu, tăng 3,4% so với cuối năm 2022; trong đó còn gần 48.000 mét giá tài liệu tích đống chưa được chỉnh lý.

Trong 6 tháng đầu năm, các Lưu trữ lịch sử cấp tỉnh đã số hóa hơn 14,6 triệu trang tài liệu, nâng tổng số trang đã số hóa lên khoảng 112 triệu trang, chiếm 21,5% tổng khối lượng tài liệu đang bảo quản. Dẫn đầu về khối lượng số hóa là Hà Nội, TP Hồ Chí Minh và Thừa Thiên Huế với lần lượt 1,92 triệu, 1,64 triệu và 1,05 triệu trang. Cả nước đã có 47/63 tỉnh, thành phố xây dựng cơ sở dữ liệu tài liệu lưu trữ, 29 địa phương đưa vào vận hành Kho lưu trữ số.

Về khai thác, các Lưu trữ lịch sử cấp tỉnh đã phục vụ khoảng 38.700 lượt độc giả, trong đó 5.230 lượt khai thác trực tuyến, chiếm 13,5%.

Phát biểu kết luận, Cục trưởng Vũ Minh Hải đề nghị các địa phương phấn đấu đến năm 2025 số hóa ít nhất 30% tài liệu lưu trữ có giá trị sử dụng thường xuyên; đến năm 2030 hoàn thành số hóa 100% tài liệu lưu trữ lịch sử đã chỉnh lý.

CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC
Địa chỉ: Số 27 phố Liễu Giai, quận Ba Đình, Hà Nội | Điện thoại: 024.3766.1022
"""

ASOF = per("tính đến ngày 30/6/2023", None, "2023-06-30")
H1 = per("Trong 6 tháng đầu năm", "2023-01-01", "2023-06-30")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
LIST = "trang tài liệu số hóa"

FIGS = [
    fig("Sở Nội vụ 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", optional=True,
        subject="tỉnh, thành phố có đại diện tham dự hội nghị"),
    fig("khoảng 521.000 mét giá", "521.000", 521000, "measure", "mét giá", approx="about",
        change=chg("increase", 3.4, "%", "cuối năm 2022"),
        subject="tài liệu Lưu trữ lịch sử cấp tỉnh đang bảo quản", period=ASOF),
    fig("gần 48.000 mét giá", "48.000", 48000, "measure", "mét giá", approx="nearly", total=521000,
        subject="tài liệu tích đống chưa được chỉnh lý", period=ASOF),
    fig("hơn 14,6 triệu trang", "14,6", 14600000, "count", "trang", approx="over",
        subject="trang tài liệu Lưu trữ lịch sử cấp tỉnh số hóa", period=H1),
    fig("khoảng 112 triệu trang", "112", 112000000, "count", "trang", approx="about", percent=21.5,
        subject="tổng số trang đã số hóa", period=inh(ASOF)),
    fig("lần lượt 1,92 triệu", "1,92", 1920000, "count", "trang", location="Hà Nội",
        subject="khối lượng số hóa", period=inh(H1)),
    fig("1,64 triệu và", "1,64", 1640000, "count", "trang", location="TP Hồ Chí Minh",
        subject="khối lượng số hóa", period=inh(H1)),
    fig("1,05 triệu trang", "1,05", 1050000, "count", "trang", location="Thừa Thiên Huế",
        subject="khối lượng số hóa", period=inh(H1)),
    fig("có 47/63 tỉnh", "47", 47, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố xây dựng cơ sở dữ liệu tài liệu lưu trữ"),
    fig("29 địa phương", "29", 29, "count", "địa phương",
        subject="địa phương đưa vào vận hành Kho lưu trữ số"),
    fig("khoảng 38.700 lượt", "38.700", 38700, "count", "lượt độc giả", approx="about",
        subject="lượt độc giả Lưu trữ lịch sử cấp tỉnh phục vụ", period=inh(H1)),
    fig("5.230 lượt", "5.230", 5230, "count", "lượt", total=38700, percent=13.5,
        subject="lượt khai thác trực tuyến", period=inh(H1)),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="tài liệu lưu trữ có giá trị sử dụng thường xuyên được số hóa", period=T25),
    fig("số hóa 100%", "100", 100, "percent", "%", status="target",
        subject="tài liệu lưu trữ lịch sử đã chỉnh lý được số hóa", period=T30),
]

NOTES = [
    "Ministry site (Cục Văn thư và Lưu trữ nhà nước, Bộ Nội vụ): breadcrumb, 'Ngày đăng: 08/08/2023 | Lượt xem: 1.094', footer.",
    "National figures: location Việt Nam; the three leading provinces of the 'lần lượt' list take their own place (subject = list indicator).",
    "Distractors: 'Ngày 07/8', view counter, phone 024.3766.1022, 'Số 27 phố Liễu Giai', '6 tháng đầu năm 2023' in the title.",
    "'Sở Nội vụ 63 tỉnh, thành phố' only says who attended (optional). 'trong đó còn gần 48.000' is part of 521.000 (same sentence).",
    "'nâng tổng số … lên khoảng 112 triệu trang' is a cumulative stock (as of 30/6/2023, inherited, not the half-year flow): period",
    "not scored. 'chiếm 21,5%' is its share. '5.230 lượt …, chiếm 13,5%' has total 38.700 and percent 13,5.",
    "47/63 → total 63; '29 địa phương' has no part-of cue: no total. 'đến năm 2025/2030' targets: start null.",
]

if __name__ == "__main__":
    write("p1166-4", TEXT, NOTES, FIGS, published="2023-08-08", location="Việt Nam")
