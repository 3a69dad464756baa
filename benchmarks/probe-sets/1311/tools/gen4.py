"""p1311-4: provincial newspaper (Báo Hà Giang, HGP): water tanks for poor households in Mèo Vạc (March 2024)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO HÀ GIANG ĐIỆN TỬ
Thứ Ba, 12/03/2024 | 07:15

Mèo Vạc: Trao 500 bồn chứa nước cho hộ nghèo vùng cao núi đá

(HGP) - Mùa khô năm nay, nhiều xã vùng cao núi đá của huyện Mèo Vạc lại rơi vào cảnh thiếu nước sinh hoạt. Để giúp người dân vượt qua khó khăn, huyện đã phối hợp với các tổ chức, doanh nghiệp trao tặng 500 bồn chứa nước cho hộ nghèo.

Theo UBND huyện Mèo Vạc, toàn huyện hiện có 18 xã, thị trấn với hơn 17.000 hộ; mùa khô hằng năm có khoảng 4.500 hộ thiếu nước, tập trung tại các xã Sơn Vĩ, Xín Cái, Thượng Phùng, Pả Vi. Những năm qua, huyện đã xây dựng 12 hồ treo với tổng dung tích gần 30.000 m3 và hàng nghìn bể chứa nước gia đình.

Đợt này, 500 bồn nhựa loại 2 m3 trị giá 2,6 triệu đồng/bồn được trao cho các hộ nghèo tại 6 xã, tổng trị giá 1,3 tỷ đồng. Trong đó, Công ty TNHH Nhựa Tân Á Bắc tài trợ 300 bồn, Quỹ Vì người nghèo huyện hỗ trợ 200 bồn.

Gia đình chị Giàng Thị Mỷ ở thôn Lũng Lầu, xã Sơn Vĩ có 5 nhân khẩu. Trước đây, mỗi tuần chị phải gùi nước từ khe núi cách nhà 3 km; nay có bồn, gia đình trữ được nước mưa dùng trong khoảng 1 tháng. "Có bồn rồi, mùa khô không lo nữa", chị Mỷ nói.

Năm 2024, huyện Mèo Vạc đặt mục tiêu 85% hộ dân được sử dụng nước hợp vệ sinh; phấn đấu hỗ trợ thêm khoảng 1.000 bồn chứa và xây mới 3 hồ treo dung tích 1.500-2.000 m3/hồ.

VÀNG NGUYÊN

Tin cùng chuyên mục:
- Đồng Văn: Khánh thành hồ treo thôn Sà Phìn A
- Hà Giang: Hội nghị triển khai Chương trình MTQG 1719 năm 2024
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Trao 500 bồn", "500", 500, "count", "bồn", subject="bồn chứa nước trao cho hộ nghèo vùng cao núi đá"),
    fig("tặng 500 bồn", "500", 500, "count", "bồn", subject="bồn chứa nước trao tặng cho hộ nghèo"),
    fig("có 18 xã", "18", 18, "count", "xã, thị trấn", subject="xã, thị trấn của huyện"),
    fig("hơn 17.000 hộ", "17.000", 17000, "count", "hộ", approx="over", subject="hộ toàn huyện"),
    fig("khoảng 4.500 hộ", "4.500", 4500, "count", "hộ", approx="about", subject="hộ thiếu nước mùa khô hằng năm"),
    fig("xây dựng 12 hồ", "12", 12, "count", "hồ treo", subject="hồ treo huyện đã xây dựng"),
    fig("gần 30.000 m3", "30.000", 30000, "measure", "m3", approx="nearly", subject="tổng dung tích hồ treo"),
    fig("hàng nghìn bể", "nghìn", 1000, "count", "bể chứa nước", approx="over", subject="bể chứa nước gia đình",
        optional=True),
    fig("Đợt này, 500 bồn", "500", 500, "count", "bồn", subject="bồn nhựa trao cho các hộ nghèo"),
    fig("loại 2 m3", "2", 2, "measure", "m3", subject="dung tích bồn nhựa", optional=True),
    fig("2,6 triệu", "2,6", 2.6e6, "money", "đồng/bồn", subject="trị giá mỗi bồn"),
    fig("tại 6 xã", "6", 6, "count", "xã", subject="xã có hộ nghèo được trao bồn"),
    fig("1,3 tỷ", "1,3", 1.3e9, "money", "đồng", subject="tổng trị giá bồn trao tặng"),
    fig("tài trợ 300 bồn", "300", 300, "count", "bồn", total=500,
        subject="bồn Công ty TNHH Nhựa Tân Á Bắc tài trợ"),
    fig("hỗ trợ 200 bồn", "200", 200, "count", "bồn", total=500, subject="bồn Quỹ Vì người nghèo huyện hỗ trợ"),
    fig("có 5 nhân khẩu", "5", 5, "count", "nhân khẩu", subject="nhân khẩu gia đình chị Giàng Thị Mỷ"),
    fig("cách nhà 3 km", "3", 3, "measure", "km", subject="khoảng cách từ khe núi lấy nước đến nhà"),
    fig("khoảng 1 tháng", "1", 1, "measure", "tháng", approx="about", subject="thời gian dùng nước trữ trong bồn",
        optional=True),
    fig("mục tiêu 85%", "85", 85, "percent", "%", status="target",
        subject="hộ dân được sử dụng nước hợp vệ sinh", period=Y24),
    fig("khoảng 1.000 bồn", "1.000", 1000, "count", "bồn", approx="about", status="target",
        subject="bồn chứa hỗ trợ thêm", period=Y24),
    fig("mới 3 hồ", "3", 3, "count", "hồ treo", status="target", subject="hồ treo xây mới", period=Y24),
    fig("1.500-2.000 m3/hồ", "1.500", 1500, "measure", "m3/hồ", value_max=2000, status="target",
        subject="dung tích hồ treo xây mới", period=Y24),
]

NOTES = [
    "Party provincial newspaper (Báo Hà Giang): 'Thứ Ba, 12/03/2024 | 07:15' (published), tag '(HGP) -', sapo, byline after the body,",
    "'Tin cùng chuyên mục'. The district Mèo Vạc is the place of every figure (default location).",
    "Distractors: 07:15, 'Mùa khô năm nay', 'thôn Sà Phìn A', 'Chương trình MTQG 1719' (a programme name), 'năm 2024' in a link.",
    "The 500 tanks are stated three times (headline, sapo, body): each mention is a figure.",
    "'hàng nghìn bể' (an indefinite 'thousands') and the product size 'loại 2 m3' and the duration 'khoảng 1 tháng' are optional.",
    "'Trong đó ... 300 bồn, ... 200 bồn' (after a sentence break) take total 500. 'hơn 17.000 hộ' / 'khoảng 4.500 hộ': no cue, no total.",
    "'mùa khô hằng năm', 'Những năm qua', 'Trước đây' are no calendar periods: those figures have none.",
    "'Năm 2024 ... đặt mục tiêu 85% ...; phấn đấu ...' → target; the planned lakes' size '1.500-2.000 m3/hồ' is a target too.",
]

if __name__ == "__main__":
    write("p1311-4", TEXT, NOTES, FIGS, published="2024-03-12", location="Mèo Vạc")
