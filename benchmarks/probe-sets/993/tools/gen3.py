"""p993-3: formal report (UBND tỉnh Đắk Lắk), H1/2024, flattened '|' table by locality."""
from lib import fig, period, change, write_set

TEXT = """
UBND TỈNH ĐẮK LẮK
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 356/BC-UBND
Đắk Lắk, ngày 08 tháng 7 năm 2024

BÁO CÁO
Kết quả quản lý chó, mèo nuôi và phòng, chống bệnh dại 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác thống kê, tiêm phòng
Tính đến ngày 30/6/2024, toàn tỉnh có 284.650 con chó và 97.320 con mèo. 6 tháng đầu năm đã tiêm phòng dại cho 176.904 con, đạt 46,3% tổng đàn, đạt 58,9% kế hoạch năm. Kết quả tại một số địa phương:

Đơn vị tính: con
Địa phương | Tổng đàn chó, mèo | Số con được tiêm | Tỷ lệ tiêm (%)
TP Buôn Ma Thuột | 52.410 | 38.126 | 72,7
Huyện Cư M'gar | 34.880 | 15.947 | 45,7
Huyện Krông Pắc | 41.205 | 18.302 | 44,4
Huyện Ea H'leo | 28.630 | 9.815 | 34,3
Tổng cộng | 157.125 | 82.190 | 52,3

2. Công tác quản lý chó thả rông
Các địa phương đã thành lập 184 tổ, đội kiểm tra; bắt giữ 2.637 con chó thả rông, tăng 34,8% so với cùng kỳ năm 2023; xử phạt 512 trường hợp, số tiền 468,5 triệu đồng. Riêng TP Buôn Ma Thuột bắt giữ 1.186 con, chiếm gần 45% số chó bị bắt giữ toàn tỉnh.

3. Tình hình bệnh dại
6 tháng đầu năm, toàn tỉnh xảy ra 4 ổ dịch dại trên đàn chó tại 3 huyện; 5 người tử vong do bệnh dại (cùng kỳ năm 2023 là 3 người); 14.275 lượt người phải điều trị dự phòng sau phơi nhiễm.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu đến ngày 31/12/2024 tiêm phòng dại đạt ít nhất 70% tổng đàn chó, mèo; 100% xã, phường, thị trấn lập sổ quản lý chó, mèo. Dự kiến kinh phí mua vắc xin khoảng 2,4 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 1,5 tỷ đồng.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT, NN.
"""

ASOF = period("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = period("6 tháng đầu năm", "2024-01-01", "2024-06-30")
T_ASOF = period("Tính đến ngày 30/6/2024", None, "2024-06-30", inherited=True)
T_H1 = period("6 tháng đầu năm", "2024-01-01", "2024-06-30", inherited=True)
H1_INH = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
END = period("đến ngày 31/12/2024", None, "2024-12-31")
H2_INH = period("6 tháng cuối năm", "2024-07-01", "2024-12-31", inherited=True)

ROWS = [("TP Buôn Ma Thuột", "Buôn Ma Thuột", "52.410", "38.126", "72,7"),
        ("Huyện Cư M'gar", "Cư M'gar", "34.880", "15.947", "45,7"),
        ("Huyện Krông Pắc", "Krông Pắc", "41.205", "18.302", "44,4"),
        ("Huyện Ea H'leo", "Ea H'leo", "28.630", "9.815", "34,3"),
        ("Tổng cộng", "Đắk Lắk", "157.125", "82.190", "52,3")]


def table_figs():
    out = []
    for label, place, herd, done, rate in ROWS:
        pre = "tổng cộng " if label == "Tổng cộng" else ""
        out.append(fig(f"{label} | {herd}", herd, float(herd.replace(".", "")), "count", "con",
                       pre + "tổng đàn chó, mèo", period=T_ASOF, location=place))
        out.append(fig(f"{herd} | {done}", done, float(done.replace(".", "")), "count", "con",
                       pre + "số con được tiêm", period=T_H1, location=place))
        out.append(fig(f"{done} | {rate}", rate, float(rate.replace(",", ".")), "percent", "%",
                       pre + "tỷ lệ tiêm", period=T_H1, location=place))
    return out


FIGS = [
    fig("có 284.650 con chó", "284.650", 284650, "count", "con", "chó", period=ASOF),
    fig("97.320 con mèo", "97.320", 97320, "count", "con", "mèo", period=ASOF),
    fig("cho 176.904 con", "176.904", 176904, "count", "con", "chó, mèo được tiêm phòng dại",
        percent=46.3, period=H1),
    fig("đạt 58,9% kế hoạch năm", "58,9", 58.9, "percent", "%", "tiêm phòng dại so với kế hoạch năm",
        period=H1, optional=True),
] + table_figs() + [
    fig("thành lập 184 tổ", "184", 184, "count", "tổ, đội", "tổ, đội kiểm tra", period=H1_INH),
    fig("bắt giữ 2.637 con", "2.637", 2637, "count", "con", "chó thả rông bị bắt giữ",
        change=change("increase", 34.8, "%", "cùng kỳ năm 2023"), period=H1_INH),
    fig("xử phạt 512 trường hợp", "512", 512, "count", "trường hợp", "trường hợp bị xử phạt",
        period=H1_INH),
    fig("468,5 triệu đồng", "468,5", 468.5e6, "money", "đồng", "tiền xử phạt", period=H1_INH),
    fig("bắt giữ 1.186 con", "1.186", 1186, "count", "con", "chó thả rông bị bắt giữ", percent=45,
        period=H1_INH, location="Buôn Ma Thuột"),
    fig("xảy ra 4 ổ dịch", "4", 4, "count", "ổ dịch", "ổ dịch dại trên đàn chó", period=H1),
    fig("tại 3 huyện", "3", 3, "count", "huyện", "huyện có ổ dịch dại", period=H1),
    fig("5 người tử vong", "5", 5, "count", "người", "người tử vong do bệnh dại", period=H1),
    fig("năm 2023 là 3 người", "3", 3, "count", "người", "người tử vong do bệnh dại",
        period=period("cùng kỳ năm 2023", "2023-01-01", "2023-06-30")),
    fig("14.275 lượt người", "14.275", 14275, "count", "lượt người",
        "lượt người phải điều trị dự phòng sau phơi nhiễm", period=H1),
    fig("ít nhất 70%", "70", 70, "percent", "%", "tỷ lệ tiêm phòng dại trên tổng đàn chó, mèo",
        approx="at_least", status="target", period=END),
    fig("100% xã", "100", 100, "percent", "%", "xã, phường, thị trấn lập sổ quản lý chó, mèo",
        status="target", period=END),
    fig("khoảng 2,4 tỷ đồng", "2,4", 2.4e9, "money", "đồng", "kinh phí mua vắc xin", approx="about",
        status="forecast", period=H2_INH),
    fig("hỗ trợ 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", "ngân sách tỉnh hỗ trợ mua vắc xin",
        total=2.4e9, status="forecast", period=H2_INH),
]

NOTES = [
    "Báo cáo UBND tỉnh Đắk Lắk số 356/BC-UBND ngày 08/7/2024: chó mèo nuôi, tiêm phòng dại, chó thả rông, bệnh dại 6 tháng đầu năm 2024.",
    "Not figures: 'Số: 356/BC-UBND', the date line, section numbers I., II., 1.-3., '6 tháng cuối năm' in a heading.",
    "Flattened table: 'Đơn vị tính: con'; the rate column is '%'. Row places go to location, the Tổng cộng row is the province (Đắk Lắk).",
    "Table periods stand in the line above the table (inherited). 176.904 carries two shares: 46,3% is its percent, 58,9% is an optional figure.",
    "'(cùng kỳ năm 2023 là 3 người)' is a baseline amount, a figure of its own with the H1/2023 period. 1.186 has 'chiếm gần 45%' (percent), no part cue.",
]

if __name__ == "__main__":
    write_set("p993-3", TEXT, FIGS, NOTES, published="2024-07-08", location="Đắk Lắk")
