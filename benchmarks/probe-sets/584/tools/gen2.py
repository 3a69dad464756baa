"""p584-2: UBND tỉnh Bắc Ninh formal report — facility-level GHG inventory 2023, flattened | table."""
from lib import emit, fig, period, inh, change

TEXT = """UBND TỈNH BẮC NINH
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 22 tháng 3 năm 2024

BÁO CÁO
Kết quả kiểm kê khí nhà kính cấp cơ sở năm 2023

Thực hiện Nghị định số 06/2022/NĐ-CP ngày 07/01/2022 của Chính phủ và Quyết định số 13/2024/QĐ-TTg của Thủ tướng Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Trên địa bàn tỉnh có 64 cơ sở thuộc danh mục phải kiểm kê khí nhà kính, tăng 17 cơ sở so với danh mục năm 2022. Tính đến ngày 15/3/2024, đã có 58/64 cơ sở gửi báo cáo kiểm kê, đạt 90,6%; còn 6 cơ sở chưa gửi báo cáo.
2. Tổng lượng phát thải của các cơ sở đã báo cáo năm 2023 là 3.412.650 tấn CO2tđ, tăng 6,8% so với năm 2022. Trong đó, phát thải trực tiếp (phạm vi 1) là 1.205.380 tấn CO2tđ; phát thải gián tiếp do sử dụng điện (phạm vi 2) là 2.207.270 tấn CO2tđ.

Bảng 1. Kết quả kiểm kê theo lĩnh vực năm 2023
Lĩnh vực | Số cơ sở phải kiểm kê | Số cơ sở đã báo cáo | Lượng phát thải (tấn CO2tđ)
Công Thương | 49 | 45 | 2.986.410
Xây dựng | 8 | 7 | 301.750
Giao thông vận tải | 4 | 4 | 96.120
Tài nguyên và Môi trường | 3 | 2 | 28.370

3. Năm 2023, các cơ sở đã thực hiện 137 giải pháp giảm nhẹ phát thải, trong đó 21 cơ sở lắp đặt điện mặt trời mái nhà với tổng công suất 48,6 MWp; lượng khí nhà kính giảm được ước tính khoảng 86.400 tấn CO2tđ.

II. NHIỆM VỤ NĂM 2024
Phấn đấu 100% cơ sở trong danh mục gửi báo cáo kiểm kê đúng hạn trước ngày 31/3/2025; các cơ sở ngành Công Thương giảm ít nhất 3% lượng phát thải so với năm 2023.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- Lưu: VT, NN.TNMT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = period("Tính đến ngày 15/3/2024", end="2024-03-15")
Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("NĂM 2024", "2024-01-01", "2024-12-31")
T = "tấn CO2tđ"
MUST, DONE, EM = "Số cơ sở phải kiểm kê", "Số cơ sở đã báo cáo", "Lượng phát thải"


def row(label, a_must, a_done, a_em, n_must, n_done, n_em):
    return [
        fig(a_must, n_must, float(n_must), "count", "cơ sở", f"{MUST} {label}", inh(Y23)),
        fig(a_done, n_done, float(n_done), "count", "cơ sở", f"{DONE} {label}", inh(Y23)),
        fig(a_em, n_em, float(n_em.replace(".", "")), "measure", T, f"{EM} {label}", inh(Y23)),
    ]


FIGS = [
    fig("có 64 cơ sở", "64", 64, "count", "cơ sở", "cơ sở thuộc danh mục phải kiểm kê khí nhà kính",
        change=change("increase", 17, "cơ sở", baseline="danh mục năm 2022")),
    fig("58/64 cơ sở", "58", 58, "count", "cơ sở", "cơ sở gửi báo cáo kiểm kê", ASOF, total=64, percent=90.6),
    fig("còn 6 cơ sở", "6", 6, "count", "cơ sở", "cơ sở chưa gửi báo cáo", ASOF),
    fig("là 3.412.650 tấn", "3.412.650", 3412650, "measure", T, "tổng lượng phát thải của các cơ sở đã báo cáo", Y23,
        change=change("increase", 6.8, baseline="năm 2022")),
    fig("là 1.205.380 tấn", "1.205.380", 1205380, "measure", T, "phát thải trực tiếp (phạm vi 1)", inh(Y23),
        total=3412650),
    fig("là 2.207.270 tấn", "2.207.270", 2207270, "measure", T, "phát thải gián tiếp do sử dụng điện (phạm vi 2)",
        inh(Y23), total=3412650),
]
FIGS += row("Công Thương", "Công Thương | 49", "| 45 |", "| 2.986.410", "49", "45", "2.986.410")
FIGS += row("Xây dựng", "Xây dựng | 8", "| 7 |", "| 301.750", "8", "7", "301.750")
FIGS += row("Giao thông vận tải", "Giao thông vận tải | 4", "| 4 | 96", "| 96.120", "4", "4", "96.120")
FIGS += row("Tài nguyên và Môi trường", "Môi trường | 3", "| 2 |", "| 28.370", "3", "2", "28.370")
FIGS += [
    fig("thực hiện 137 giải pháp", "137", 137, "count", "giải pháp", "giải pháp giảm nhẹ phát thải", Y23),
    fig("21 cơ sở", "21", 21, "count", "cơ sở", "cơ sở lắp đặt điện mặt trời mái nhà", Y23),
    fig("48,6 MWp", "48,6", 48.6, "measure", "MWp", "tổng công suất điện mặt trời mái nhà", Y23),
    fig("khoảng 86.400 tấn", "86.400", 86400, "measure", T, "lượng khí nhà kính giảm được", Y23, approx="about",
        status="estimate"),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", "cơ sở trong danh mục gửi báo cáo kiểm kê đúng hạn", inh(Y24),
        status="target"),
    fig("ít nhất 3%", "3", 3, "percent", "%", "mức giảm lượng phát thải của các cơ sở ngành Công Thương so với năm 2023",
        inh(Y24), approx="at_least", status="target"),
]

COMMENTS = [
    "Formal report under letterhead (Số: 215/BC-UBND, Bắc Ninh, ngày 22 tháng 3 năm 2024): facility GHG inventory 2023.",
    "Distractors: document numbers, section numbers I./1./2./3., 'Bảng 1', 'phạm vi 1', 'phạm vi 2', CO2, deadline 31/3/2025.",
    "Flattened table: every cell a figure, subject = indicator column + row label; period from the title line 'năm 2023' (inherited).",
    "'trong đó 21 cơ sở' follows 137 giải pháp (a different thing): no total. 'giảm được ước tính khoảng 86.400 tấn' is its own figure.",
    "'giảm ít nhất 3% lượng phát thải' is a rate that is the claim: percent, at_least, target, no change.",
]

if __name__ == "__main__":
    emit("p584-2", TEXT, COMMENTS, FIGS, published="2024-03-22", location="Bắc Ninh")
