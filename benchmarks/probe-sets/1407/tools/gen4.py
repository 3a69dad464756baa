"""p1407-4: Party newspaper (Báo Quảng Nam, tag (QNO)): monkeys entering villages in Nam Trà My; provincial totals."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO QUẢNG NAM ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Miền núi | Bạn đọc

Thứ Hai, 12/08/2024 | 15:20

Nam Trà My: Khỉ về làng, người dân bất an

Thời gian gần đây, những đàn khỉ hàng chục con liên tục kéo vào khu dân cư ở xã Trà Leng (Nam Trà My), lục lọi thức ăn, phá vườn cây, thậm chí tấn công người.

(QNO) - Theo UBND xã Trà Leng, từ tháng 5 đến nay, khỉ đã vào 6/7 thôn của xã, phá hại khoảng 15 ha quế non, chuối và sắn của 132 hộ. Ngày 2/8, một con khỉ đực nặng khoảng 12 kg xông vào nhà bà Hồ Thị Mai ở thôn 1, cắn bị thương hai cháu nhỏ.

Ông Hồ Văn Tâm, Chủ tịch UBND xã Trà Leng, cho biết xã đã thành lập 7 tổ tự quản với 56 thành viên thay phiên canh giữ nương rẫy, đuổi khỉ. Hạt Kiểm lâm huyện cũng đã bẫy bắt 3 cá thể khỉ đầu đàn hung dữ, bàn giao cho Khu bảo tồn thiên nhiên Sông Thanh.

Theo Chi cục Kiểm lâm tỉnh, 7 tháng đầu năm 2024, toàn tỉnh ghi nhận 38 vụ khỉ vào khu dân cư tại 9 huyện miền núi, tăng 12 vụ so với cùng kỳ năm 2023; có 4 người bị khỉ cắn phải đi điều trị. Riêng huyện Nam Trà My chiếm 14 vụ.

Khỉ mặt đỏ, khỉ đuôi lợn là loài thuộc Nhóm IIB theo Nghị định số 84/2021/NĐ-CP, người dân không được tự ý bắn, bẫy. Để hạn chế xung đột, tỉnh dự kiến dành khoảng 1,6 tỷ đồng cho phương án di dời khỉ về rừng sâu, triển khai trong quý IV năm nay. Tỉnh cũng dự kiến hỗ trợ mỗi xã bị ảnh hưởng 20 triệu đồng để mua lưới, loa xua đuổi khỉ.

HỒ QUÂN

Từ khóa: khỉ hoang dã, Nam Trà My, Trà Leng
"""

SINCE = per("từ tháng 5 đến nay", "2024-05-01", "2024-08-12")
M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
NTM = "Nam Trà My"
QN = "Quảng Nam"

FIGS = [
    fig("hàng chục con", "hàng chục", 10, "count", "con", approx="about", subject="số con của những đàn khỉ"),
    fig("vào 6/7 thôn", "6", 6, "count", "thôn", total=7, subject="thôn khỉ đã vào", period=SINCE),
    fig("khoảng 15 ha", "15", 15, "measure", "ha", approx="about", subject="quế non, chuối và sắn bị khỉ phá hại",
        period=SINCE),
    fig("của 132 hộ", "132", 132, "count", "hộ", subject="hộ bị khỉ phá hại", period=SINCE),
    fig("một con khỉ đực", "một", 1, "count", "con", subject="khỉ đực xông vào nhà dân", optional=True),
    fig("khoảng 12 kg", "12", 12, "measure", "kg", approx="about", subject="cân nặng con khỉ đực"),
    fig("hai cháu nhỏ", "hai", 2, "count", "cháu", subject="cháu nhỏ bị khỉ cắn bị thương"),
    fig("thành lập 7 tổ", "7", 7, "count", "tổ", subject="tổ tự quản xã thành lập"),
    fig("với 56 thành viên", "56", 56, "count", "thành viên", subject="thành viên tổ tự quản"),
    fig("bắt 3 cá thể", "3", 3, "count", "cá thể", subject="cá thể khỉ đầu đàn hung dữ bị bẫy bắt"),
    fig("ghi nhận 38 vụ", "38", 38, "count", "vụ", change=chg("increase", 12, "vụ", "cùng kỳ năm 2023"),
        subject="vụ khỉ vào khu dân cư", period=M7, location=QN),
    fig("tại 9 huyện", "9", 9, "count", "huyện", subject="huyện miền núi có khỉ vào khu dân cư",
        period=M7, location=QN),
    fig("có 4 người", "4", 4, "count", "người", subject="người bị khỉ cắn phải đi điều trị", period=M7, location=QN),
    fig("chiếm 14 vụ", "14", 14, "count", "vụ", subject="vụ khỉ vào khu dân cư", period=inh(M7)),
    fig("khoảng 1,6 tỷ", "1,6", 1.6e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí cho phương án di dời khỉ về rừng sâu",
        period=per("trong quý IV năm nay", "2024-10-01", "2024-12-31"), location=QN),
    fig("ảnh hưởng 20 triệu", "20", 20e6, "money", "đồng/xã", status="forecast",
        subject="hỗ trợ mỗi xã bị ảnh hưởng mua lưới, loa xua đuổi khỉ", location=QN),
]

NOTES = [
    "Party newspaper (Báo Quảng Nam): menu, 'Thứ Hai, 12/08/2024 | 15:20' (published), sapo, tag '(QNO) -', byline, keywords.",
    "Commune Trà Leng is in Nam Trà My -> location Nam Trà My; Chi cục Kiểm lâm's provincial figures -> Quảng Nam.",
    "'hàng chục con' = 10, approx about. '6/7 thôn' -> total 7. 'từ tháng 5 đến nay' -> 2024-05-01 .. published.",
    "'một con khỉ đực' (one monkey in an anecdote; 'một' may be read as an article) is optional. 'Ngày 2/8' gives no period.",
    "'tăng 12 vụ so với cùng kỳ năm 2023' -> change in vụ. 'Riêng huyện Nam Trà My chiếm 14 vụ': 'riêng' is no part-of cue -> no total.",
    "'dự kiến' -> forecast; 'quý IV năm nay' -> Q4 2024. 'mỗi xã ... 20 triệu đồng' -> unit đồng/xã.",
    "Distractors: 15:20, 'thôn 1', 'Ngày 2/8', 'Nhóm IIB', 'Nghị định số 84/2021/NĐ-CP'.",
]

if __name__ == "__main__":
    write("p1407-4", TEXT, NOTES, FIGS, published="2024-08-12", location=NTM)
