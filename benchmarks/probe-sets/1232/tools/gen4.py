"""p1232-4: Ministry of Finance site — national casino / electronic-games results 2024."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ TÀI CHÍNH
Trang chủ > Tin tức > Hoạt động của Bộ Tài chính

Thu ngân sách từ kinh doanh casino, trò chơi điện tử có thưởng năm 2024 đạt gần 5.900 tỷ đồng

Ngày đăng: 05/03/2025 10:12

(MOF) - Theo Cục Quản lý, giám sát chính sách thuế, phí và lệ phí, tính đến ngày 31/12/2024, cả nước có 9 doanh nghiệp được cấp Giấy chứng nhận đủ điều kiện kinh doanh casino, trong đó 6 doanh nghiệp đang hoạt động; 48 doanh nghiệp kinh doanh trò chơi điện tử có thưởng dành cho người nước ngoài tại 14 tỉnh, thành phố với khoảng 4.200 máy.

Năm 2024, tổng doanh thu của các doanh nghiệp trong lĩnh vực này đạt 16.850 tỷ đồng, tăng 18,6% so với năm 2023; số nộp ngân sách nhà nước là 5.870 tỷ đồng, chiếm 34,8% doanh thu. Các địa phương có số thu lớn lần lượt là Kiên Giang (2.140 tỷ đồng), Bà Rịa - Vũng Tàu (1.560 tỷ đồng), Quảng Ninh (835 tỷ đồng) và Quảng Nam (410 tỷ đồng).

Về thí điểm cho người Việt Nam vào chơi casino, sau hơn 5 năm triển khai tại Phú Quốc và gần 2 năm tại Vân Đồn, đã có khoảng 31.600 lượt người Việt Nam mua vé vào chơi, nộp ngân sách gần 49 tỷ đồng tiền phí.

Hiện thuế suất thuế tiêu thụ đặc biệt đối với kinh doanh casino là 35%, với kinh doanh trò chơi điện tử có thưởng là 30%.

Trong năm 2024, Bộ Tài chính đã phối hợp với các địa phương kiểm tra 12 doanh nghiệp, xử phạt vi phạm hành chính 3 doanh nghiệp với tổng số tiền 415 triệu đồng.

Năm 2025, số thu ngân sách từ lĩnh vực này dự kiến tăng khoảng 10%. Bộ Tài chính đang hoàn thiện dự thảo Nghị định sửa đổi Nghị định số 03/2017/NĐ-CP và Nghị định số 121/2021/NĐ-CP để trình Chính phủ trong quý III.

Địa chỉ: 28 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội | Điện thoại: 024.2220.2828
"""

HEAD = per("năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("tính đến ngày 31/12/2024", None, "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
IN24 = per("Trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
LIST = "số thu ngân sách từ kinh doanh casino, trò chơi điện tử có thưởng"


def item(anchor, number, value, place):
    return fig(anchor, number, value, "money", "đồng", subject=LIST, period=inh(Y24), location=place)


FIGS = [
    fig("gần 5.900 tỷ đồng", "5.900", 5900e9, "money", "đồng", approx="nearly",
        subject="thu ngân sách từ kinh doanh casino, trò chơi điện tử có thưởng", period=HEAD),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp được cấp Giấy chứng nhận đủ điều kiện kinh doanh casino", period=ASOF),
    fig("6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", total=9,
        subject="doanh nghiệp kinh doanh casino đang hoạt động", period=ASOF),
    fig("48 doanh nghiệp", "48", 48, "count", "doanh nghiệp",
        subject="doanh nghiệp kinh doanh trò chơi điện tử có thưởng dành cho người nước ngoài", period=ASOF),
    fig("tại 14 tỉnh, thành phố", "14", 14, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố có doanh nghiệp kinh doanh trò chơi điện tử có thưởng", period=ASOF),
    fig("khoảng 4.200 máy", "4.200", 4200, "count", "máy", approx="about",
        subject="máy trò chơi điện tử có thưởng", period=ASOF),
    fig("đạt 16.850 tỷ đồng", "16.850", 16850e9, "money", "đồng",
        change=chg("increase", 18.6, "%", "năm 2023"),
        subject="tổng doanh thu của các doanh nghiệp kinh doanh casino, trò chơi điện tử có thưởng", period=Y24),
    fig("là 5.870 tỷ đồng", "5.870", 5870e9, "money", "đồng", percent=34.8,
        subject="số nộp ngân sách nhà nước", period=Y24),
    item("Kiên Giang (2.140 tỷ đồng)", "2.140", 2140e9, "Kiên Giang"),
    item("Bà Rịa - Vũng Tàu (1.560 tỷ đồng)", "1.560", 1560e9, "Bà Rịa - Vũng Tàu"),
    item("Quảng Ninh (835 tỷ đồng)", "835", 835e9, "Quảng Ninh"),
    item("Quảng Nam (410 tỷ đồng)", "410", 410e9, "Quảng Nam"),
    fig("sau hơn 5 năm", "5", 5, "measure", "năm", approx="over", optional=True,
        subject="thời gian thí điểm tại Phú Quốc", location="Phú Quốc"),
    fig("gần 2 năm", "2", 2, "measure", "năm", approx="nearly", optional=True,
        subject="thời gian thí điểm tại Vân Đồn", location="Vân Đồn"),
    fig("khoảng 31.600 lượt", "31.600", 31600, "count", "lượt người", approx="about",
        subject="lượt người Việt Nam mua vé vào chơi casino"),
    fig("gần 49 tỷ đồng", "49", 49e9, "money", "đồng", approx="nearly",
        subject="tiền phí vào chơi casino nộp ngân sách"),
    fig("casino là 35%", "35", 35, "percent", "%",
        subject="thuế suất thuế tiêu thụ đặc biệt đối với kinh doanh casino"),
    fig("thưởng là 30%", "30", 30, "percent", "%",
        subject="thuế suất thuế tiêu thụ đặc biệt đối với kinh doanh trò chơi điện tử có thưởng"),
    fig("kiểm tra 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp",
        subject="doanh nghiệp được kiểm tra", period=IN24),
    fig("hành chính 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
        subject="doanh nghiệp bị xử phạt vi phạm hành chính", period=IN24),
    fig("415 triệu đồng", "415", 415e6, "money", "đồng",
        subject="tổng số tiền xử phạt vi phạm hành chính", period=IN24),
    fig("khoảng 10%", "10", 10, "percent", "%", approx="about", status="forecast",
        subject="tốc độ tăng số thu ngân sách từ kinh doanh casino, trò chơi điện tử có thưởng", period=Y25),
]

NOTES = [
    "Ministry site (Bộ Tài chính): national figures for casinos and electronic games 2024. 'Ngày đăng: 05/03/2025 10:12', '(MOF) -', address footer.",
    "Default location Việt Nam; the 'lần lượt' list of provinces gives each item its province as location, subject = the list's indicator.",
    "Distractors: '10:12', 'Nghị định số 03/2017/NĐ-CP', 'Nghị định số 121/2021/NĐ-CP', 'quý III', '28 Trần Hưng Đạo', phone '024.2220.2828'.",
    "'sau hơn 5 năm … và gần 2 năm' are durations of the pilot (optional). The 31.600 visits sum both pilot sites: national (Việt Nam), no dated period.",
    "'xử phạt … 3 doanh nghiệp' follows '12 doanh nghiệp' without a part-of cue: no total. Tax rates are standing figures (no period).",
    "'dự kiến tăng khoảng 10%' is a growth rate as the claim: percent figure, no change, status forecast.",
]

if __name__ == "__main__":
    write("p1232-4", TEXT, NOTES, FIGS, published="2025-03-05", location="Việt Nam")
