"""p475-2: huyện Tương Dương (Nghệ An) district portal, PFES payments H1/2024."""
from lib import emit, fig, per, inh, chg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TƯƠNG DƯƠNG - TỈNH NGHỆ AN
Trang chủ / Tin tức / Kinh tế

Tương Dương chi trả hơn 21 tỷ đồng tiền dịch vụ môi trường rừng 6 tháng đầu năm

Thứ Ba, 16/07/2024 - 10:05

Trong 6 tháng đầu năm 2024, Ban Quản lý rừng phòng hộ Tương Dương và UBND các xã trên địa bàn huyện đã chi trả 21,37 tỷ đồng tiền dịch vụ môi trường rừng (DVMTR), đạt 52,4% kế hoạch năm, tăng 9,8% so với cùng kỳ năm 2023. Diện tích rừng được chi trả là 146.820 ha, trong đó rừng tự nhiên 139.450 ha, rừng trồng 7.370 ha.

Đối tượng nhận tiền gồm 2.846 hộ gia đình, 97 cộng đồng dân cư thôn, bản và 4 tổ chức. Mức chi trả bình quân đạt 145.500 đồng/ha; riêng lưu vực thủy điện Bản Vẽ có đơn giá cao nhất với 312.000 đồng/ha. Các xã nhận tiền nhiều là Tam Hợp (2,85 tỷ đồng), Nhôn Mai (2,41 tỷ đồng), Mai Sơn (2,06 tỷ đồng) và Hữu Khuông (1,93 tỷ đồng).

Theo Quyết định số 815/QĐ-UBND ngày 28/3/2024 của UBND tỉnh, huyện đã giao khoán bảo vệ 118.600 ha rừng cho 3.214 hộ; tỷ lệ che phủ rừng của huyện đạt 82,6%, cao nhất tỉnh. Dự kiến 6 tháng cuối năm, huyện tiếp tục chi trả khoảng 19,4 tỷ đồng; cả năm 2024 phấn đấu trồng mới 850 ha rừng sản xuất.

Lô Thị Hằng - Văn phòng HĐND và UBND huyện

Địa chỉ: Khối Hòa Bắc, thị trấn Thạch Giám, huyện Tương Dương. Điện thoại: 0238.3873.229
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
MONEY = "tiền dịch vụ môi trường rừng chi trả"
COMMUNE = "tiền dịch vụ môi trường rừng các xã nhận"

FIGS = [
    fig("hơn 21 tỷ đồng", "21", 21e9, "money", "đồng", MONEY,
        per("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="over"),
    fig("chi trả 21,37 tỷ đồng", "21,37", 21.37e9, "money", "đồng", MONEY, H1,
        percent=52.4, change=chg("increase", 9.8, baseline="cùng kỳ năm 2023")),
    fig("là 146.820 ha", "146.820", 146820, "measure", "ha", "diện tích rừng được chi trả DVMTR", inh(H1)),
    fig("tự nhiên 139.450 ha", "139.450", 139450, "measure", "ha", "diện tích rừng tự nhiên được chi trả", inh(H1),
        total=146820),
    fig("rừng trồng 7.370 ha", "7.370", 7370, "measure", "ha", "diện tích rừng trồng được chi trả", inh(H1),
        total=146820),
    fig("gồm 2.846 hộ gia đình", "2.846", 2846, "count", "hộ gia đình", "hộ gia đình nhận tiền DVMTR", inh(H1)),
    fig("97 cộng đồng", "97", 97, "count", "cộng đồng", "cộng đồng dân cư thôn, bản nhận tiền DVMTR", inh(H1)),
    fig("và 4 tổ chức", "4", 4, "count", "tổ chức", "tổ chức nhận tiền DVMTR", inh(H1)),
    fig("đạt 145.500 đồng/ha", "145.500", 145500, "money", "đồng/ha", "mức chi trả DVMTR bình quân", inh(H1)),
    fig("với 312.000 đồng/ha", "312.000", 312000, "money", "đồng/ha",
        "đơn giá chi trả DVMTR lưu vực thủy điện Bản Vẽ", inh(H1)),
    fig("Tam Hợp (2,85 tỷ đồng)", "2,85", 2.85e9, "money", "đồng", COMMUNE, inh(H1)),
    fig("Nhôn Mai (2,41 tỷ đồng)", "2,41", 2.41e9, "money", "đồng", COMMUNE, inh(H1)),
    fig("Mai Sơn (2,06 tỷ đồng)", "2,06", 2.06e9, "money", "đồng", COMMUNE, inh(H1)),
    fig("Hữu Khuông (1,93 tỷ đồng)", "1,93", 1.93e9, "money", "đồng", COMMUNE, inh(H1)),
    fig("bảo vệ 118.600 ha", "118.600", 118600, "measure", "ha", "diện tích rừng giao khoán bảo vệ"),
    fig("cho 3.214 hộ", "3.214", 3214, "count", "hộ", "hộ nhận khoán bảo vệ rừng"),
    fig("đạt 82,6%", "82,6", 82.6, "percent", "%", "tỷ lệ che phủ rừng của huyện"),
    fig("khoảng 19,4 tỷ đồng", "19,4", 19.4e9, "money", "đồng", MONEY,
        per("6 tháng cuối năm", "2024-07-01", "2024-12-31"), approx="about", status="forecast"),
    fig("trồng mới 850 ha", "850", 850, "measure", "ha", "diện tích trồng mới rừng sản xuất",
        per("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Huyện Tương Dương (Nghệ An) district portal, dateline 'Thứ Ba, 16/07/2024 - 10:05': chi trả DVMTR 6 tháng đầu năm 2024.",
    "Headline '6 tháng đầu năm' has no year: the dateline (2024) gives it. Natural + planted forest add up to the 146.820 ha whole.",
    "'gồm 2.846 hộ gia đình, 97 cộng đồng ... và 4 tổ chức' has no whole figure before it: no total.",
    "'riêng lưu vực ... 312.000 đồng/ha' is a rate, not a part of the average: no total.",
    "Commune items (xã Tam Hợp ...) are not province/city/district: location stays the district Tương Dương; subject = the list's indicator.",
    "Distractors: Quyết định số 815/QĐ-UBND ngày 28/3/2024, dateline, address Khối Hòa Bắc, phone 0238.3873.229.",
]

if __name__ == "__main__":
    emit("p475-2", TEXT, FIGS, COMMENTS, published="2024-07-16", location="Tương Dương")
