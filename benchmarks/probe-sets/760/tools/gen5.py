"""p760-5: Báo Quảng Ninh (Party newspaper), cochlear implants funded by the provincial child protection fund."""
from lib import emit, fig, per, inh, chg

TEXT = """Báo Quảng Ninh điện tử
Xã hội

Quỹ Bảo trợ trẻ em tỉnh: Hỗ trợ 48 trẻ khiếm thính cấy ốc tai điện tử

Từ năm 2019 đến nay, Quỹ Bảo trợ trẻ em tỉnh đã vận động, hỗ trợ 48 trẻ khiếm thính có hoàn cảnh khó khăn được cấy ốc tai điện tử với tổng kinh phí 9,6 tỷ đồng. Trong đó, Quỹ trực tiếp hỗ trợ 3,2 tỷ đồng, các nhà hảo tâm đóng góp 4,1 tỷ đồng, gia đình các em chi trả 2,3 tỷ đồng.

Riêng năm 2023, có 12 trẻ được cấy ốc tai, gấp 2 lần năm 2022. Độ tuổi trung bình của trẻ khi được phẫu thuật là 2,8 tuổi, thấp hơn nhiều so với giai đoạn trước.

Em Nguyễn Minh Khang (6 tuổi, phường Cẩm Trung, TP Cẩm Phả) là một trong những trường hợp như vậy. Khang được cấy ốc tai năm 2021 tại Bệnh viện Trung ương Quân đội 108, nay đã theo học lớp 1 tại trường tiểu học gần nhà.

Theo Trung tâm Phục hồi chức năng tỉnh (số 651 đường Lê Thánh Tông, TP Hạ Long), sau 12 tháng tập luyện, khoảng 85% trẻ được cấy ốc tai có thể nghe và nói được câu ngắn. Trung tâm hiện có 6 giáo viên chuyên trách trị liệu ngôn ngữ, học phí mỗi trẻ khoảng 3,5 triệu đồng/tháng.

Theo số liệu điều tra, người khuyết tật nghe, nói trên địa bàn tỉnh chiếm khoảng 12,6 người/vạn dân. Giai đoạn 2024-2025, Quỹ dự kiến hỗ trợ thêm 20 trẻ, đồng thời phấn đấu 100% trẻ sơ sinh tại các bệnh viện tuyến tỉnh được sàng lọc thính lực.

Thu Hà
15/12/2023
"""

SINCE = per("Từ năm 2019 đến nay", "2019-01-01", "2023-12-15")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
G2425 = per("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31")

FIGS = [
    fig("Hỗ trợ 48 trẻ", "48", 48, "count", "trẻ", "trẻ khiếm thính được hỗ trợ cấy ốc tai điện tử", inh(SINCE)),
    fig("hỗ trợ 48 trẻ", "48", 48, "count", "trẻ", "trẻ khiếm thính có hoàn cảnh khó khăn được hỗ trợ cấy ốc tai điện tử", SINCE),
    fig("kinh phí 9,6 tỷ đồng", "9,6", 9600000000, "money", "đồng", "tổng kinh phí cấy ốc tai điện tử", SINCE),
    fig("hỗ trợ 3,2 tỷ đồng", "3,2", 3200000000, "money", "đồng", "Quỹ trực tiếp hỗ trợ", inh(SINCE), total=9600000000),
    fig("góp 4,1 tỷ đồng", "4,1", 4100000000, "money", "đồng", "các nhà hảo tâm đóng góp", inh(SINCE), total=9600000000),
    fig("trả 2,3 tỷ đồng", "2,3", 2300000000, "money", "đồng", "gia đình các em chi trả", inh(SINCE), total=9600000000),
    fig("có 12 trẻ", "12", 12, "count", "trẻ", "trẻ được cấy ốc tai", per("Riêng năm 2023", "2023-01-01", "2023-12-31"),
        change=chg("increase", 2, unit="lần", baseline="năm 2022")),
    fig("là 2,8 tuổi", "2,8", 2.8, "measure", "tuổi", "độ tuổi trung bình của trẻ khi được phẫu thuật", inh(Y23)),
    fig("(6 tuổi", "6", 6, "measure", "tuổi", optional=True, location="Cẩm Phả"),
    fig("sau 12 tháng tập luyện", "12", 12, "measure", "tháng", optional=True),
    fig("khoảng 85% trẻ", "85", 85, "percent", "%", "trẻ được cấy ốc tai có thể nghe và nói được câu ngắn", approx="about"),
    fig("có 6 giáo viên", "6", 6, "count", "giáo viên", "giáo viên chuyên trách trị liệu ngôn ngữ"),
    fig("khoảng 3,5 triệu đồng/tháng", "3,5", 3500000, "money", "đồng/tháng", "học phí mỗi trẻ", approx="about"),
    fig("khoảng 12,6 người/vạn dân", "12,6", 12.6, "measure", "người/vạn dân", "người khuyết tật nghe, nói", approx="about"),
    fig("thêm 20 trẻ", "20", 20, "count", "trẻ", "trẻ được Quỹ hỗ trợ thêm", G2425, status="forecast"),
    fig("phấn đấu 100% trẻ", "100", 100, "percent", "%", "trẻ sơ sinh tại các bệnh viện tuyến tỉnh được sàng lọc thính lực", G2425,
        status="target"),
]

COMMENTS = [
    "Báo Quảng Ninh (Party newspaper): byline 'Thu Hà' and bare date '15/12/2023' at the end (= published). Location Quảng Ninh (the paper's",
    "own province; the text says only 'tỉnh'); the one person from TP Cẩm Phả has only an optional age.",
    "'Từ năm 2019 đến nay' ends at published. Trong đó parts (3,2 + 4,1 + 2,3 = 9,6 tỷ) take total 9,6 tỷ.",
    "'có 12 trẻ …, gấp 2 lần năm 2022' → change increase 2 lần (the multiple follows the figure, so it is its change, not a figure).",
    "'dự kiến hỗ trợ thêm 20 trẻ' forecast; 'đồng thời phấn đấu 100% …' target (its own cue). Ages/durations (6 tuổi, 12 tháng) optional.",
    "Distractors: 'năm 2021', 'Quân đội 108', 'lớp 1', address 'số 651 đường Lê Thánh Tông', the dateline; '1 vạn' denominator in người/vạn dân.",
]

if __name__ == "__main__":
    emit("p760-5", TEXT, COMMENTS, FIGS, published="2023-12-15", location="Quảng Ninh")
